package io.storywire.aggregate.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.storywire.aggregate.query.QueryService;
import io.storywire.aggregate.query.local.StoreUnavailableException;
import io.storywire.aggregate.query.StoryArticlePage;
import io.storywire.aggregate.query.StoryPage;
import io.storywire.aggregate.query.local.StoryPageRequest;
import io.storywire.aggregate.query.Views;
import io.storywire.core.serde.Json;
import java.util.function.Supplier;

/** The public JSON API: thin handlers over {@link QueryService}. */
public final class ApiRoutes {

    /** Present and "true" when some part of the answer came from a standby replica and may lag behind. */
    public static final String STALE_HEADER = "X-Storywire-Stale";

    private final Supplier<QueryService> queries;

    /** @param queries the query service once the stage runs; null before */
    public ApiRoutes(Supplier<QueryService> queries) {
        this.queries = queries;
    }

    public void register(Javalin app) {
        // unknown paths under /api/ are problems too; answers our handlers already wrote stay as they are
        app.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (ctx.path().startsWith("/api/") && (type == null || !type.startsWith(Problems.CONTENT_TYPE))) {
                Problems.write(ctx, 404, "Not Found", "no endpoint " + ctx.method() + " " + ctx.path());
            }
        });
        app.get("/api/topics", Problems.guarded(ctx -> {
            Views.TopicList topics = service().topics();
            json(ctx, topics, topics.stale());
        }));
        app.get("/api/topics/{topic}/stories", Problems.guarded(ctx -> {
            StoryPageRequest request = StoryPageRequest.parse(ctx.queryParam("sort"), ctx.queryParam("limit"),
                    ctx.queryParam("offset"), ctx.queryParam("since"));
            StoryPage page = service().topicStories(ctx.pathParam("topic"), request);
            json(ctx, page, page.stale());
        }));
        app.get("/api/stories/{id}", Problems.guarded(ctx -> {
            Views.StoryView story = service().story(ctx.pathParam("id"));
            json(ctx, story, story.stale());
        }));
        app.get("/api/stories/{id}/articles", Problems.guarded(ctx -> {
            StoryArticlePage page = service().storyArticles(StoryArticlePage.request(ctx.pathParam("id"),
                    ctx.queryParam("limit"), ctx.queryParam("offset")));
            json(ctx, page, page.stale());
        }));
        app.get("/api/articles/{id}", Problems.guarded(ctx -> {
            Views.ArticleView article = service().article(ctx.pathParam("id"));
            json(ctx, article, article.stale());
        }));
        app.get("/api/entities/{id}/stories", Problems.guarded(ctx -> {
            Views.EntityStories stories = service().entityStories(ctx.pathParam("id"));
            json(ctx, stories, stories.stale());
        }));
    }

    private QueryService service() {
        QueryService s = queries.get();
        if (s == null) {
            throw new StoreUnavailableException("the aggregate stage is not running yet");
        }
        return s;
    }

    static void json(Context ctx, Object body, boolean stale) {
        ctx.header(STALE_HEADER, Boolean.toString(stale));
        ctx.contentType("application/json").result(Json.write(body));
    }
}
