"""Builds ../stories.jsonl from the batch_*.py files in this folder.

Each batch defines STORIES = {story_id: [topics]} and ARTICLES = [(story, source, published, title, body[, topics])].
Article ids are <story>-a, -b, ... in the order written; lines are sorted by published instant (replay order).
"""
import glob, importlib.util, json, os, re, string
from datetime import datetime, timezone

here = os.path.dirname(os.path.abspath(__file__))
stories, articles = {}, []
for path in sorted(glob.glob(os.path.join(here, "batch_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    stories.update(mod.STORIES); articles.extend(mod.ARTICLES)

def clean(body):
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", body.strip())]
    return "\n\n".join(p for p in paras if p)

spec = importlib.util.spec_from_file_location("extend", os.path.join(here, "extend.py"))
ext = importlib.util.module_from_spec(spec); spec.loader.exec_module(ext)

counter, rows = {}, []
for a in articles:
    story, source, published, title, body = a[:5]
    n = counter.get(story, 0); counter[story] = n + 1
    topics = a[5] if len(a) > 5 else stories[story]
    aid = f"{story}-{string.ascii_lowercase[n]}"
    if aid in ext.EXTRA:
        body = body + "\n\n" + ext.EXTRA[aid]
    rows.append({"id": aid, "story": story, "source": source,
                 "published": published, "title": title, "body": clean(body), "topics": list(topics)})
rows.sort(key=lambda r: (datetime.fromisoformat(r["published"]).astimezone(timezone.utc), r["id"]))
with open(os.path.join(here, "..", "stories.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
unused = set(ext.EXTRA) - {r["id"] for r in rows}
assert not unused, unused
print(len(rows), "articles,", len(counter), "stories")
