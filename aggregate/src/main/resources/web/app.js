// Storywire page: plain DOM, no framework. Data is only ever put on the page with textContent, never innerHTML.
(function () {
  "use strict";

  var PAGE = 30;
  var state = { topic: null, sort: "recent", storyId: null, shown: 0, fresh: {} };
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function getJson(path) {
    return fetch(path, { headers: { Accept: "application/json" } }).then(function (r) {
      if (r.status === 404) { return null; }
      if (!r.ok) {
        return r.json().catch(function () { return {}; }).then(function (p) {
          throw new Error((p && p.detail) || ("HTTP " + r.status));
        });
      }
      return r.json();
    });
  }

  function notice(text) {
    var n = $("notice");
    n.textContent = text;
    n.hidden = !text;
  }

  var dateFmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });
  var timeFmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric",
    hour: "2-digit", minute: "2-digit" });

  // A record's date may be one no Date holds (year -300000) or null: it shows as "date unknown" and never stops
  // the rest of the page from rendering (Intl throws RangeError "Invalid time value" on an invalid Date).
  var UNKNOWN_DATE = "date unknown";
  function formatDate(fmt, iso) {
    if (iso === null || iso === undefined || iso === "") { return ""; }
    var d = new Date(iso);
    if (isNaN(d.getTime())) { return UNKNOWN_DATE; }
    try { return fmt.format(d); } catch (e) { return UNKNOWN_DATE; }
  }

  function day(iso) { return formatDate(dateFmt, iso); }

  function span(story) {
    var a = day(story.firstSeen), b = day(story.lastSeen);
    return !a ? b : (a === b || !b ? a : a + " \u2013 " + b);
  }

  function sources(story) {
    var seen = [];
    (story.articles || []).forEach(function (a) {
      if (a.source && seen.indexOf(a.source) < 0) { seen.push(a.source); }
    });
    return seen;
  }

  // "north-korea" -> "North Korea", "k-pop" -> "K-Pop"
  function topicLabel(id) {
    var words = id.split(/[-_]/).map(function (w) { return w.charAt(0).toUpperCase() + w.slice(1); });
    return words.reduce(function (acc, w, i) {
      if (i === 0) { return w; }
      return acc + (words[i - 1].length === 1 || w.length === 1 ? "-" : " ") + w;
    }, "");
  }

  function chips(entities, max) {
    var ul = el("ul", "chips");
    (entities || []).slice(0, max).forEach(function (e) {
      var li = el("li", "chip " + e.type, e.name);
      li.title = e.type.toLowerCase() + ", in " + e.articles + " article" + (e.articles === 1 ? "" : "s");
      ul.appendChild(li);
    });
    return ul;
  }

  // --- routing: #/topic/{topic}[/story/{id}] keeps the place across reloads ---------------------------------

  function readHash() {
    var m = location.hash.match(/^#\/topic\/([^/]+)(?:\/story\/(.+))?$/);
    return m ? { topic: decodeURIComponent(m[1]), story: m[2] ? decodeURIComponent(m[2]) : null } : {};
  }

  function writeHash() {
    var h = state.topic ? "#/topic/" + encodeURIComponent(state.topic) : "#/";
    if (state.storyId) { h += "/story/" + encodeURIComponent(state.storyId); }
    if (location.hash !== h) { history.replaceState(null, "", h); }
  }

  // --- topics ------------------------------------------------------------------------------------------------

  function loadTopics() {
    return getJson("/api/topics").then(function (data) {
      var topics = (data && data.topics) || [];
      var list = $("topic-list");
      list.replaceChildren();
      topics.forEach(function (t) {
        var li = el("li");
        li.dataset.topic = t.id;
        if (t.id === state.topic) { li.setAttribute("aria-current", "true"); }
        var b = el("button");
        b.type = "button";
        b.appendChild(el("span", "name", topicLabel(t.id)));
        b.appendChild(el("span", "count", t.stories + (t.stories === 1 ? " story" : " stories")));
        b.addEventListener("click", function () { selectTopic(t.id); });
        li.appendChild(b);
        list.appendChild(li);
      });
      $("topics-empty").hidden = topics.length > 0;
      if (!state.topic && topics.length) { selectTopic(topics[0].id); }
      notice("");
    }).catch(function (e) {
      // 503 while stores rebalance: say so and ask again shortly
      notice("Topics unavailable: " + e.message + " (retrying)");
      retryLater();
    });
  }

  function selectTopic(topic) {
    state.topic = topic;
    state.storyId = null;
    $("story-pane").hidden = true;
    Array.prototype.forEach.call($("topic-list").children, function (li) {
      li.setAttribute("aria-current", li.dataset.topic === topic ? "true" : "false");
    });
    writeHash();
    loadStories(false);
  }

  // --- stories of a topic --------------------------------------------------------------------------------------

  function loadStories(append) {
    var topic = state.topic;
    if (!topic) { return Promise.resolve(); }
    var offset = append ? state.shown : 0;
    var limit = append ? PAGE : Math.max(PAGE, state.shown);
    var url = "/api/topics/" + encodeURIComponent(topic) + "/stories?sort=" + state.sort +
      "&limit=" + Math.min(limit, 200) + "&offset=" + offset;
    return getJson(url).then(function (page) {
      if (topic !== state.topic) { return; }
      $("topic-title").textContent = topicLabel(topic);
      var list = $("story-list");
      if (!append) { list.replaceChildren(); }
      var stories = page ? page.stories : [];
      stories.forEach(function (s) { list.appendChild(safeCard(s)); });
      state.shown = (append ? state.shown : 0) + stories.length;
      $("more-stories").hidden = !page || state.shown >= page.total;
      if (!page) { list.appendChild(el("li", "empty", "No stories in this topic yet.")); }
    }, function (e) {
      // only a failed request is asked again: a record the page cannot show would fail the same way every time
      notice("Stories unavailable: " + e.message + " (retrying)");
      retryLater();
    });
  }

  /** The story's card, or a plain one with its headline when something in the record cannot be shown. */
  function safeCard(s) {
    try {
      return storyCard(s);
    } catch (e) {
      var li = el("li", "story-card");
      li.dataset.storyId = s && s.id;
      li.appendChild(el("h3", null, (s && s.headline) || "(story)"));
      li.addEventListener("click", function () { openStory(s.id); });
      return li;
    }
  }

  function storyCard(s) {
    var li = el("li", "story-card" + (state.fresh[s.id] ? " fresh" : ""));
    li.dataset.storyId = s.id;
    li.tabIndex = 0;
    if (s.id === state.storyId) { li.setAttribute("aria-current", "true"); }
    var h = el("h3");
    h.appendChild(el("span", "size", s.size));
    h.appendChild(el("span", "headline", s.headline));
    li.appendChild(h);
    var src = sources(s);
    var meta = [span(s), src.length ? src.length + (src.length === 1 ? " source: " : " sources: ") + src.join(", ") : ""];
    li.appendChild(el("p", "meta", meta.filter(Boolean).join(" \u00b7 ")));
    li.appendChild(chips(s.topEntities, 5));
    li.addEventListener("click", function () { openStory(s.id); });
    li.addEventListener("keydown", function (e) { if (e.key === "Enter") { openStory(s.id); } });
    if (state.fresh[s.id]) {
      setTimeout(function () { li.classList.remove("fresh"); delete state.fresh[s.id]; }, 2500);
    }
    return li;
  }

  // --- one story and its articles, entities highlighted --------------------------------------------------------

  function openStory(id) {
    state.storyId = id;
    writeHash();
    Array.prototype.forEach.call($("story-list").children, function (li) {
      li.setAttribute("aria-current", li.dataset.storyId === id ? "true" : "false");
    });
    return getJson("/api/stories/" + encodeURIComponent(id)).then(function (story) {
      if (id !== state.storyId) { return; }
      var pane = $("story-pane");
      if (!story) { pane.hidden = true; return; }
      pane.hidden = false;
      $("story-headline").textContent = story.headline;
      var src = sources(story);
      // the story record lists its newest articles only; /api/stories/{id}/articles pages through all of them
      var listed = (story.articles || []).length;
      $("story-meta").textContent = [story.size + (story.size === 1 ? " article" : " articles"), span(story),
        src.length + (src.length === 1 ? " source" : " sources"),
        listed < story.size ? "newest " + listed + " shown" : "", story.stale ? "may be stale" : ""]
        .filter(Boolean).join(" \u00b7 ");
      $("story-entities").replaceWith(Object.assign(chips(story.topEntities, 12), { id: "story-entities" }));
      var list = $("article-list");
      list.replaceChildren();
      (story.articles || []).forEach(function (a) { list.appendChild(articleBox(a)); });
      // a live update re-draws the story: the older articles already loaded stay above the newest
      if (olderLoaded.id !== id) { olderLoaded = { id: id, articles: [] }; }
      var first = list.firstChild;
      olderLoaded.articles.forEach(function (a) {
        if (!list.querySelector("article[data-article-id='" + CSS.escape(a.id) + "']")) {
          list.insertBefore(articleBox(a), first);
        }
      });
      if (list.querySelectorAll("article").length < story.size) {
        list.insertBefore(olderButton(id, story.size), list.firstChild);
      }
    }).catch(function (e) { notice("Story unavailable: " + e.message); });
  }

  function articleBox(a) {
    var box = el("article", "article");
    box.dataset.articleId = a.id;
    var h = el("h3", "title", a.title);
    box.appendChild(h);
    box.appendChild(el("p", "meta", [a.source, formatDate(timeFmt, a.published) || UNKNOWN_DATE]
      .filter(Boolean).join(" \u00b7 ")));
    if (a.nearDuplicateOf) { box.querySelector(".meta").appendChild(el("span", "dup", "near-copy")); }
    loadArticle(a.id, box);
    return box;
  }

  // the articles older than those shown, a page at a time from /api/stories/{id}/articles (newest first), put
  // above the shown ones in the order they joined
  var OLDER_PAGE = 50;
  // the older articles loaded for the story shown, oldest first, kept across its re-draws
  var olderLoaded = { id: null, articles: [] };
  function olderButton(id, size) {
    var button = el("button", "older");
    button.type = "button";
    button.id = "older-articles";
    function label() {
      var shown = $("article-list").querySelectorAll("article").length;
      button.textContent = "Show older articles (" + (size - shown) + " more)";
      return shown;
    }
    label();
    button.addEventListener("click", function () {
      var shown = label();
      button.disabled = true;
      getJson("/api/stories/" + encodeURIComponent(id) + "/articles?limit=" + OLDER_PAGE + "&offset=" + shown)
        .then(function (page) {
          if (id !== state.storyId || !page) { return; }
          var list = $("article-list");
          // the story may have been re-drawn meanwhile (a live update): then the list is a new one
          var first = button.isConnected ? button.nextSibling : list.querySelector("article");
          var added = [];
          page.articles.slice().reverse().forEach(function (a) {
            if (!list.querySelector("article[data-article-id='" + CSS.escape(a.id) + "']")) {
              list.insertBefore(articleBox(a), first);
              added.push(a);
            }
          });
          if (olderLoaded.id === id) { olderLoaded.articles = added.concat(olderLoaded.articles); }
          // the button of the list shown now: a re-draw meanwhile made a new one
          var current = document.getElementById("older-articles");
          var shown = list.querySelectorAll("article").length;
          if (!current) { return; }
          if (shown >= page.total || page.articles.length === 0) {
            current.remove();
          } else {
            current.disabled = false;
            current.textContent = "Show older articles (" + (size - shown) + " more)";
          }
        }).catch(function (e) { button.disabled = false; notice("Articles unavailable: " + e.message); });
    });
    return button;
  }

  function loadArticle(id, box) {
    getJson("/api/articles/" + encodeURIComponent(id)).then(function (view) {
      if (!view || !view.article) { return; }
      var a = view.article;
      var title = box.querySelector("h3.title");
      title.replaceChildren(highlight(a.title || "", "title", view.entities));
      if (a.url) {
        var link = el("a", "source-link", "\u2197");
        link.href = /^https?:\/\//i.test(a.url) ? a.url : "#";
        link.rel = "noopener noreferrer";
        link.target = "_blank";
        link.title = "Open the original";
        title.appendChild(document.createTextNode(" "));
        title.appendChild(link);
      }
      if (a.body) {
        var body = el("div", "body");
        body.appendChild(highlight(a.body, "body", view.entities));
        box.appendChild(body);
        var toggle = el("button", "toggle", "Read more");
        toggle.type = "button";
        toggle.addEventListener("click", function () {
          toggle.textContent = body.classList.toggle("open") ? "Show less" : "Read more";
        });
        box.appendChild(toggle);
        requestAnimationFrame(function () {
          toggle.hidden = body.scrollHeight <= body.clientHeight + 2;
        });
      }
    }).catch(function () { /* the article stays listed without its text */ });
  }

  /** The text with each entity mention wrapped in a mark; overlapping or misplaced mentions are skipped. */
  function highlight(text, field, entities) {
    var spans = [];
    (entities || []).forEach(function (e) {
      (e.mentions || []).forEach(function (m) {
        if (m.field === field && m.start >= 0 && m.end <= text.length && m.start < m.end) {
          spans.push({ start: m.start, end: m.end, entity: e });
        }
      });
    });
    spans.sort(function (x, y) { return x.start - y.start || y.end - x.end; });
    var frag = document.createDocumentFragment();
    var at = 0;
    spans.forEach(function (s) {
      if (s.start < at) { return; }
      frag.appendChild(document.createTextNode(text.slice(at, s.start)));
      var mark = el("mark", s.entity.type, text.slice(s.start, s.end));
      mark.title = s.entity.name + " (" + String(s.entity.type).toLowerCase() + ")";
      frag.appendChild(mark);
      at = s.end;
    });
    frag.appendChild(document.createTextNode(text.slice(at)));
    return frag;
  }

  var retryTimer = null;
  function retryLater() {
    if (retryTimer) { return; }
    retryTimer = setTimeout(function () {
      retryTimer = null;
      changed.all = true;
      scheduleRefresh();
    }, 2000);
  }

  // --- live updates ------------------------------------------------------------------------------------------

  var refreshTimer = null;
  var changed = { topics: {}, stories: {} };
  function scheduleRefresh() {
    if (refreshTimer) { clearTimeout(refreshTimer); }
    refreshTimer = setTimeout(function () {
      refreshTimer = null;
      loadTopics();
      if (state.topic && (changed.all || changed.topics[state.topic])) { loadStories(false); }
      if (state.storyId && (changed.all || changed.stories[state.storyId])) { openStory(state.storyId); }
      changed = { topics: {}, stories: {} };
    }, 250);
  }

  function connect() {
    var live = $("live");
    var source = new EventSource("/api/events");
    source.addEventListener("open", function () {
      live.dataset.state = "live";
      live.textContent = "live";
      // after a reconnect, events may have been missed: reload what is shown
      changed.all = true;
      scheduleRefresh();
    });
    source.addEventListener("story", function (ev) {
      var story;
      try { story = JSON.parse(ev.data); } catch (e) { return; }
      if (story.mergedInto) {
        // the story was absorbed by an older one: show that one instead of a story that is gone
        changed.topics[story.topic] = true;
        if (state.storyId === story.id) { openStory(story.mergedInto); }
        scheduleRefresh();
        return;
      }
      state.fresh[story.id] = true;
      changed.topics[story.topic] = true;
      changed.stories[story.id] = true;
      scheduleRefresh();
    });
    source.addEventListener("story-expired", function (ev) {
      var gone;
      try { gone = JSON.parse(ev.data); } catch (e) { return; }
      // an idle story was forgotten: its topic's list drops it, and its pane closes if open (its record is gone)
      changed.topics[gone.topic] = true;
      changed.stories[gone.id] = true;
      scheduleRefresh();
    });
    source.addEventListener("error", function () {
      live.dataset.state = "down";
      live.textContent = "reconnecting";
    });
  }

  // --- start -------------------------------------------------------------------------------------------------

  document.querySelectorAll(".sort button").forEach(function (b) {
    b.addEventListener("click", function () {
      state.sort = b.dataset.sort;
      document.querySelectorAll(".sort button").forEach(function (o) {
        o.setAttribute("aria-pressed", o === b ? "true" : "false");
      });
      loadStories(false);
    });
  });
  $("more-stories").addEventListener("click", function () { loadStories(true); });

  var start = readHash();
  if (start.topic) {
    state.topic = start.topic;
    loadStories(false).then(function () { if (start.story) { openStory(start.story); } });
  }
  loadTopics();
  connect();
}());
