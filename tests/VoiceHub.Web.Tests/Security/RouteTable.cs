using static VoiceHub.Web.Tests.Security.Reach;

namespace VoiceHub.Web.Tests.Security;

/// <summary>
/// Who may reach every page and API route: the decision, written down. <see cref="RouteAccessTests"/> reads every
/// endpoint from the app itself and fails for any route missing here (so a new page cannot ship without a decided
/// policy), then requests each one as an anonymous visitor, an Our Voice member, staff and an admin and checks the
/// outcome.
/// </summary>
/// <remarks>
/// To add a route: add one line below, in its area, with the route exactly as the failing test prints it
/// (<c>METHOD /pattern</c>, and <c>?handler=name</c> for a named page handler), what each kind of visitor gets, and for a
/// route with parameters a sample address (placeholders: <c>{item}</c>, <c>{document}</c>, <c>{mapping}</c>,
/// <c>{project}</c>, <c>{action}</c>, <c>{user}</c>, <c>{token}</c>; add one to <see cref="SecurityAppFixture.Samples"/>
/// if a new kind of id is needed). GET routes are requested; POST routes are posted without an anti-forgery token,
/// so those allowed get 400 (the token is checked) and the others are refused before it is.
/// </remarks>
public static class RouteTable
{
    /// <summary>Allowed (after the token check) for a POST line: 400 means "reached the page, token refused".</summary>
    public static readonly RouteRule[] Rules =
    [
        // Public: no sign-in.
        new("GET /", Ok, Ok, Ok, Ok),
        new("GET /index", Ok, Ok, Ok, Ok),
        new("GET /accessibility", Ok, Ok, Ok, Ok),
        new("GET /accessibility/index", Ok, Ok, Ok, Ok),
        new("GET /error/{code:int?}", NotFound, NotFound, NotFound, NotFound, "/error/404"),
        new("POST /error/{code:int?}", NotFound, NotFound, NotFound, NotFound, "/error/404"),
        new("GET /{*path}", NotFound, NotFound, NotFound, NotFound, "/no-such-page"),
        new("GET /health", Ok, Ok, Ok, Ok),
        new("GET /account/sign-in", Ok, Ok, Ok, Ok),
        new("POST /account/sign-in", Ok, Ok, Ok, Ok),
        new("POST /account/sign-in?handler=external", Ok, Ok, Ok, Ok),
        new("GET /account/sign-out", Redirects, Redirects, Redirects, Redirects),
        new("POST /account/sign-out", Ok, Ok, Ok, Ok),
        new("GET /you-said-we-did", Ok, Ok, Ok, Ok),
        new("GET /get-involved", Ok, Ok, Ok, Ok),
        new("GET /get-involved/register", Ok, Ok, Ok, Ok),
        new("POST /get-involved/register", Ok, Ok, Ok, Ok),
        // The sample token is not one that was ever given out: the page answers "not found", as it does to a guess.
        new("GET /get-involved/withdraw/{token}", NotFound, NotFound, NotFound, NotFound, "/get-involved/withdraw/{token}"),
        new("POST /get-involved/withdraw/{token}", Ok, Ok, Ok, Ok, "/get-involved/withdraw/{token}"),
        new("GET /give-feedback", Ok, Ok, Ok, Ok),
        new("POST /give-feedback", Ok, Ok, Ok, Ok),
        new("GET /give-feedback/sent", Redirects, Redirects, Redirects, Redirects),
        new("GET /track", Ok, Ok, Ok, Ok),
        new("POST /track", Ok, Ok, Ok, Ok),
        new("GET /track/stop-emails/{token}", Ok, Ok, Ok, Ok, "/track/stop-emails/{token}"),
        new("POST /track/stop-emails/{token}", Ok, Ok, Ok, Ok, "/track/stop-emails/{token}"),
        // Other systems: an API key, never a browser's cookie.
        new("POST /api/feedback", Unauthorized, Unauthorized, Unauthorized, Unauthorized),

        // Our Voice members, staff and admins.
        new("GET /our-voice", SignIn, Ok, Ok, Ok),
        new("GET /our-voice/actions/{id:long}", SignIn, Ok, Ok, Ok, "/our-voice/actions/{action}"),
        new("POST /our-voice/actions/{id:long}", SignIn, Ok, Ok, Ok, "/our-voice/actions/{action}"),
        new("GET /evidence", SignIn, Ok, Ok, Ok),

        // Staff and admins.
        new("GET /search", SignIn, Forbidden, Ok, Ok),
        new("GET /search/index", SignIn, Forbidden, Ok, Ok),
        new("POST /search?handler=link", SignIn, Forbidden, Ok, Ok),
        new("POST /search?handler=export", SignIn, Forbidden, Ok, Ok),
        new("POST /search?handler=save", SignIn, Forbidden, Ok, Ok),
        new("POST /search/index?handler=link", SignIn, Forbidden, Ok, Ok),
        new("POST /search/index?handler=export", SignIn, Forbidden, Ok, Ok),
        new("POST /search/index?handler=save", SignIn, Forbidden, Ok, Ok),
        new("GET /search/saved", SignIn, Forbidden, Ok, Ok),
        new("POST /search/saved?handler=delete", SignIn, Forbidden, Ok, Ok),
        new("GET /api/search", Unauthorized, Forbidden, Ok, Ok, "/api/search?q=respite"),
        new("GET /items/{id:long}", SignIn, Forbidden, Ok, Ok, "/items/{item}"),
        new("POST /items/{id:long}?handler=link", SignIn, Forbidden, Ok, Ok, "/items/{item}"),
        new("GET /items/{id:long}/themes", SignIn, Forbidden, Ok, Ok, "/items/{item}/themes"),
        new("POST /items/{id:long}/themes", SignIn, Forbidden, Ok, Ok, "/items/{item}/themes"),
        new("GET /upload", SignIn, Forbidden, Ok, Ok),
        new("GET /upload/index", SignIn, Forbidden, Ok, Ok),
        new("POST /upload", SignIn, Forbidden, Ok, Ok),
        new("POST /upload/index", SignIn, Forbidden, Ok, Ok),
        new("GET /upload/template", SignIn, Forbidden, Ok, Ok, "/upload/template?channel=survey"),
        new("GET /documents", SignIn, Forbidden, Ok, Ok),
        new("GET /documents/index", SignIn, Forbidden, Ok, Ok),
        new("GET /documents/{id:long}", SignIn, Forbidden, Ok, Ok, "/documents/{document}"),
        new("POST /documents/{id:long}?handler=retry", SignIn, Forbidden, Ok, Ok, "/documents/{document}"),
        new("GET /documents/{id:long}/mapping", SignIn, Forbidden, Ok, Ok, "/documents/{mapping}/mapping"),
        new("POST /documents/{id:long}/mapping", SignIn, Forbidden, Ok, Ok, "/documents/{mapping}/mapping"),
        // An ingested document needs no review: the page sends staff to the document.
        new("GET /documents/{id:long}/review", SignIn, Forbidden, Redirects, Redirects, "/documents/{document}/review"),
        new("POST /documents/{id:long}/review", SignIn, Forbidden, Ok, Ok, "/documents/{document}/review"),
        new("GET /documents/{id:long}/delete", SignIn, Forbidden, Ok, Ok, "/documents/{document}/delete"),
        new("POST /documents/{id:long}/delete", SignIn, Forbidden, Ok, Ok, "/documents/{document}/delete"),
        new("GET /themes", SignIn, Forbidden, Ok, Ok),
        new("POST /themes?handler=retrain", SignIn, Forbidden, Ok, Ok),
        // Staff reach the page; the handler itself refuses anyone but an admin (RouteAccessTests checks that too).
        new("POST /themes?handler=activate", SignIn, Forbidden, Ok, Ok),
        new("GET /themes/review", SignIn, Forbidden, Ok, Ok),
        new("GET /digests", SignIn, Forbidden, Ok, Ok),
        new("POST /digests?handler=build", SignIn, Forbidden, Ok, Ok),
        new("POST /digests?handler=subscribe", SignIn, Forbidden, Ok, Ok),
        // A week with no digest yet shows the page with a button to build it.
        new("GET /digests/{week}", SignIn, Forbidden, Ok, Ok, "/digests/2026-W47"),
        new("POST /digests/{week}?handler=build", SignIn, Forbidden, Ok, Ok, "/digests/2026-W47"),
        new("GET /emerging", SignIn, Forbidden, Ok, Ok),
        // No flag has this id: staff are let through to "not found".
        new("GET /emerging/{id}", SignIn, Forbidden, NotFound, NotFound, "/emerging/2026-W47.none"),
        new("POST /emerging/{id}?handler=watch", SignIn, Forbidden, Ok, Ok, "/emerging/2026-W47.none"),
        new("POST /emerging/{id}?handler=reopen", SignIn, Forbidden, Ok, Ok, "/emerging/2026-W47.none"),
        new("POST /emerging/{id}?handler=dismiss", SignIn, Forbidden, Ok, Ok, "/emerging/2026-W47.none"),
        new("POST /emerging/{id}?handler=linkproject", SignIn, Forbidden, Ok, Ok, "/emerging/2026-W47.none"),
        new("POST /emerging/{id}?handler=linkaction", SignIn, Forbidden, Ok, Ok, "/emerging/2026-W47.none"),
        new("GET /emerging/topics/{id}", SignIn, Forbidden, NotFound, NotFound, "/emerging/topics/2026-W47.none"),
        new("POST /emerging/topics/{id}?handler=theme", SignIn, Forbidden, Ok, Ok, "/emerging/topics/2026-W47.none"),
        new("POST /emerging/topics/{id}?handler=dismiss", SignIn, Forbidden, Ok, Ok, "/emerging/topics/2026-W47.none"),
        new("GET /trends", SignIn, Forbidden, Ok, Ok),
        new("GET /coverage", SignIn, Forbidden, Ok, Ok),
        new("GET /projects", SignIn, Forbidden, Ok, Ok),
        new("GET /projects/new", SignIn, Forbidden, Ok, Ok),
        new("POST /projects/new", SignIn, Forbidden, Ok, Ok),
        new("GET /projects/peoples-bank", SignIn, Forbidden, Ok, Ok),
        new("GET /projects/{id:long}", SignIn, Forbidden, Ok, Ok, "/projects/{project}"),
        new("POST /projects/{id:long}?handler=unlinkitem", SignIn, Forbidden, Ok, Ok, "/projects/{project}"),
        new("POST /projects/{id:long}?handler=unlinksearch", SignIn, Forbidden, Ok, Ok, "/projects/{project}"),
        new("POST /projects/{id:long}?handler=unlinkissue", SignIn, Forbidden, Ok, Ok, "/projects/{project}"),
        new("GET /projects/{id:long}/edit", SignIn, Forbidden, Ok, Ok, "/projects/{project}/edit"),
        new("POST /projects/{id:long}/edit", SignIn, Forbidden, Ok, Ok, "/projects/{project}/edit"),
        new("GET /projects/{id:long}/link", SignIn, Forbidden, Ok, Ok, "/projects/{project}/link"),
        new("POST /projects/{id:long}/link?handler=items", SignIn, Forbidden, Ok, Ok, "/projects/{project}/link"),
        new("POST /projects/{id:long}/link?handler=search", SignIn, Forbidden, Ok, Ok, "/projects/{project}/link"),
        new("POST /projects/{id:long}/link?handler=issue", SignIn, Forbidden, Ok, Ok, "/projects/{project}/link"),
        new("GET /actions", SignIn, Forbidden, Ok, Ok),
        new("GET /actions/new", SignIn, Forbidden, Ok, Ok),
        new("POST /actions/new", SignIn, Forbidden, Ok, Ok),
        new("GET /actions/drafts", SignIn, Forbidden, Ok, Ok),
        new("POST /actions/drafts?handler=accept", SignIn, Forbidden, Ok, Ok),
        new("POST /actions/drafts?handler=discard", SignIn, Forbidden, Ok, Ok),
        new("GET /actions/import", SignIn, Forbidden, Ok, Ok),
        new("POST /actions/import", SignIn, Forbidden, Ok, Ok),
        new("GET /actions/{id:long}", SignIn, Forbidden, Ok, Ok, "/actions/{action}"),
        new("POST /actions/{id:long}?handler=link", SignIn, Forbidden, Ok, Ok, "/actions/{action}"),
        new("POST /actions/{id:long}?handler=unlink", SignIn, Forbidden, Ok, Ok, "/actions/{action}"),
        new("POST /actions/{id:long}?handler=answer", SignIn, Forbidden, Ok, Ok, "/actions/{action}"),
        new("POST /actions/{id:long}?handler=discard", SignIn, Forbidden, Ok, Ok, "/actions/{action}"),
        new("GET /actions/{id:long}/edit", SignIn, Forbidden, Ok, Ok, "/actions/{action}/edit"),
        new("POST /actions/{id:long}/edit", SignIn, Forbidden, Ok, Ok, "/actions/{action}/edit"),

        // Admins only.
        new("GET /admin/users", SignIn, Forbidden, Forbidden, Ok),
        new("POST /admin/users", SignIn, Forbidden, Forbidden, Ok),
        new("GET /admin/users/{id:long}", SignIn, Forbidden, Forbidden, Ok, "/admin/users/{user}"),
        new("POST /admin/users/{id:long}", SignIn, Forbidden, Forbidden, Ok, "/admin/users/{user}"),
        new("GET /admin/api-keys", SignIn, Forbidden, Forbidden, Ok),
        new("POST /admin/api-keys", SignIn, Forbidden, Forbidden, Ok),
        new("POST /admin/api-keys?handler=revoke", SignIn, Forbidden, Forbidden, Ok),
        new("GET /admin/themes", SignIn, Forbidden, Forbidden, Ok),
        new("POST /admin/themes", SignIn, Forbidden, Forbidden, Ok),
        new("GET /admin/themes/{id:int}", SignIn, Forbidden, Forbidden, Ok, "/admin/themes/1"),
        new("POST /admin/themes/{id:int}", SignIn, Forbidden, Forbidden, Ok, "/admin/themes/1"),
        new("POST /admin/themes/{id:int}?handler=merge", SignIn, Forbidden, Forbidden, Ok, "/admin/themes/1"),
        new("POST /admin/themes/{id:int}?handler=split", SignIn, Forbidden, Forbidden, Ok, "/admin/themes/1"),
        new("POST /admin/themes/{id:int}?handler=retire", SignIn, Forbidden, Forbidden, Ok, "/admin/themes/1"),
        new("POST /admin/themes/{id:int}?handler=confirm", SignIn, Forbidden, Forbidden, Ok, "/admin/themes/1"),
        new("POST /admin/themes/{id:int}?handler=reject", SignIn, Forbidden, Forbidden, Ok, "/admin/themes/1"),
        new("GET /admin/audit", SignIn, Forbidden, Forbidden, Ok),
        new("GET /admin/erasure", SignIn, Forbidden, Forbidden, Ok),
        new("POST /admin/erasure?handler=find", SignIn, Forbidden, Forbidden, Ok),
        new("POST /admin/erasure?handler=erase", SignIn, Forbidden, Forbidden, Ok),
        new("GET /admin/redaction", SignIn, Forbidden, Forbidden, Ok),
        new("POST /admin/redaction", SignIn, Forbidden, Forbidden, Ok),
        new("GET /admin/demo-data", SignIn, Forbidden, Forbidden, Ok),
        new("POST /admin/demo-data", SignIn, Forbidden, Forbidden, Ok),
        new("GET /hangfire/{**path}", SignIn, Forbidden, Forbidden, Ok, "/hangfire"),
    ];
}
