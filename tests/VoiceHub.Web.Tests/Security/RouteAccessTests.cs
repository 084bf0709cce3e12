using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using VoiceHub.TestCommon;
using System.Globalization;

namespace VoiceHub.Web.Tests.Security;

/// <summary>
/// Every route the app serves, from its own endpoint data, against the decisions in <see cref="RouteTable"/>; and
/// every response read for raw text, inline script and the security headers.
/// </summary>
public sealed partial class RouteAccessTests(SecurityAppFixture f) : IClassFixture<SecurityAppFixture>
{
    [Fact]
    public async Task Endpoints_EveryRoute_HasADecidedPolicy()
    {
        var served = await ServedRoutesAsync();
        var decided = RouteTable.Rules.Select(r => r.Route).ToHashSet();
        var undecided = served.Where(r => !decided.Contains(r)).Order().ToList();
        var gone = decided.Where(r => !served.Contains(r)).Order().ToList();
        Assert.True(undecided.Count == 0,
            $"{undecided.Count} route(s) have no decided policy. Add a line for each to tests/VoiceHub.Web.Tests/Security/RouteTable.cs " +
            "(Reach for anonymous, OurVoice, Staff, Admin; a sample address if the route has parameters):\n" +
            string.Join("\n", undecided.Select(r => $"    new(\"{r}\", ?, ?, ?, ?{(r.Contains('{') ? ", \"/sample/address\"" : "")}),")));
        Assert.True(gone.Count == 0, "RouteTable lists routes the app no longer serves; remove them:\n" + string.Join("\n", gone));
        Assert.Equal(RouteTable.Rules.Length, decided.Count); // no route decided twice
    }

    [Fact]
    public async Task Endpoints_EachVisitor_GetsWhatTheTableSays()
    {
        var wrong = new List<string>();
        foreach (var rule in RouteTable.Rules)
        {
            foreach (var who in SecurityAppFixture.Visitors)
            {
                var address = f.Address(rule);
                using var response = rule.Method == "GET"
                    ? await f.Clients[who].GetAsync(address)
                    : await f.Clients[who].PostAsync(address, new FormUrlEncodedContent([]));
                var got = Classify(response, rule.Method);
                var expected = rule.For(who);
                if (got != expected.ToString()) wrong.Add($"{rule.Route} as {who} at {address}: expected {expected}, got {got}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task PageHandlers_OnlyTheErrorPage_SkipsTheAntiForgeryCheck()
    {
        var skipping = new List<string>();
        foreach (var page in await CompiledPagesAsync())
        {
            var model = page.Compiled.ModelTypeInfo!.AsType();
            var ignores = model.IsDefined(typeof(IgnoreAntiforgeryTokenAttribute), inherit: true)
                || page.Compiled.HandlerMethods.Any(h => h.MethodInfo.IsDefined(typeof(IgnoreAntiforgeryTokenAttribute), inherit: true));
            if (ignores) skipping.Add(model.FullName!);
        }
        Assert.Equal(["VoiceHub.Web.Pages.ErrorModel"], skipping.Distinct());
    }

    [Fact]
    public async Task ActivateModel_Staff_IsRefusedByTheHandler()
    {
        var staff = f.Clients["staff"];
        var token = FormToken.Find(await staff.GetStringAsync("/themes"));
        var response = await staff.PostAsync("/themes?handler=activate&id=1", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task EveryPage_WithoutTheRawTextPermission_ShowsNoRawText()
    {
        var leaks = new List<string>();
        var looked = 0;
        foreach (var who in new[] { "anonymous", "ourvoice", "staff" })
        {
            var client = f.Clients[who];
            var addresses = RouteTable.Rules.Where(r => r.Method == "GET" && r.For(who) is Reach.Ok).Select(f.Address)
                .Concat([
                    "/search?q=respite", "/search?q=write", "/api/search?q=write",
                    "/api/search?q=respite&pageSize=100", $"/items/{f.ItemId}?raw=true", $"/documents/{f.FormDocumentId}",
                ]);
            foreach (var address in addresses)
            {
                using var response = await client.GetAsync(address);
                Check(who, address, await response.Content.ReadAsStringAsync());
                looked++;
            }
        }

        // The CSV export of everything staff can find.
        var staff = f.Clients["staff"];
        var token = FormToken.Find(await staff.GetStringAsync("/search?q=respite"));
        using var export = await staff.PostAsync("/search?handler=export", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("q", "respite")]));
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var csv = await export.Content.ReadAsStringAsync();
        Assert.Contains("Respite booking took weeks", csv);
        Check("staff", "the CSV export", csv);
        Assert.True(leaks.Count == 0, $"Raw text or contact details shown without the permission ({looked} responses read):\n" + string.Join("\n", leaks));

        // Search never finds raw text (it is not indexed), whoever searches: the words themselves (exact=true), since
        // feedback that means the same may be listed for them once the embedding job has run.
        Assert.Contains("\"total\":0", await f.RawStaff.GetStringAsync("/api/search?exact=true&q=" + SecurityAppFixture.RawMarker));

        // The same item, redacted, is what they do see; staff with the permission see the raw text and the contact.
        Assert.Contains("Respite booking took weeks", await staff.GetStringAsync($"/items/{f.ItemId}"));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/items/{f.ItemId}?raw=true")).StatusCode);
        Assert.Contains(SecurityAppFixture.RawMarker, await f.RawStaff.GetStringAsync($"/items/{f.ItemId}?raw=true"));
        Assert.Contains(SecurityAppFixture.ContactMarker, await f.RawStaff.GetStringAsync($"/documents/{f.FormDocumentId}"));

        void Check(string who, string where, string body)
        {
            if (body.Contains(SecurityAppFixture.RawMarker, StringComparison.OrdinalIgnoreCase)) leaks.Add($"{where} as {who}: raw text");
            if (body.Contains(SecurityAppFixture.ContactMarker, StringComparison.OrdinalIgnoreCase)) leaks.Add($"{where} as {who}: contact email");
        }
    }

    [Fact]
    public async Task EveryPage_HasTheSecurityHeaders_AndNoInlineScriptOrStyle()
    {
        var problems = new List<string>();
        foreach (var rule in RouteTable.Rules.Where(r => r.Method == "GET" && r.Admin == Reach.Ok))
        {
            var address = f.Address(rule);
            using var response = await f.Clients["admin"].GetAsync(address);
            var csp = response.Headers.TryGetValues("Content-Security-Policy", out var v) ? string.Join(";", v) : "";
            var dashboard = address.StartsWith("/hangfire", StringComparison.Ordinal);
            if (!csp.Contains("frame-ancestors 'none'")) problems.Add($"{address}: no frame-ancestors 'none'");
            if (!dashboard && (!csp.Contains("script-src 'self';") || csp.Contains("unsafe-inline"))) problems.Add($"{address}: CSP allows more than this site's scripts: {csp}");
            if (Header(response, "X-Content-Type-Options") != "nosniff") problems.Add($"{address}: no nosniff");
            if (Header(response, "Referrer-Policy") != "same-origin") problems.Add($"{address}: referrer policy");
            if (!Header(response, "Permissions-Policy").Contains("camera=()")) problems.Add($"{address}: permissions policy");
            if (response.Headers.CacheControl?.NoStore != true) problems.Add($"{address}: a signed-in page without Cache-Control: no-store");
            if (dashboard || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var html = await response.Content.ReadAsStringAsync();
            foreach (Match m in InlineScript().Matches(html)) problems.Add($"{address}: inline script {m.Value}");
            foreach (Match m in InlineStyle().Matches(html)) problems.Add($"{address}: inline style {m.Value}");
            foreach (Match m in EventHandler().Matches(html)) problems.Add($"{address}: inline event handler {m.Value}");
        }
        using var hangfire = await f.Clients["admin"].GetAsync("/hangfire");
        Assert.Contains("'unsafe-inline'", Header(hangfire, "Content-Security-Policy"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task SignIn_Cookie_IsHttpOnlyAndLax()
    {
        var response = await VoiceHubApp.PostFormAsync(f.App.NewClient(), "/account/sign-in",
            new() { ["Email"] = VoiceHubApp.AdminEmail, ["Password"] = VoiceHubApp.AdminPassword });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("voicehub.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var v) ? string.Join(",", v) : "";

    private static string Classify(HttpResponseMessage response, string method) => (int)response.StatusCode switch
    {
        200 => nameof(Reach.Ok),
        // A POST without an anti-forgery token that reached its page is refused there, as it should be.
        400 when method == "POST" => nameof(Reach.Ok),
        302 when response.Headers.Location!.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal) => nameof(Reach.SignIn),
        302 => nameof(Reach.Redirects),
        401 => nameof(Reach.Unauthorized),
        403 => nameof(Reach.Forbidden),
        404 => nameof(Reach.NotFound),
        var other => other.ToString(CultureInfo.InvariantCulture),
    };

    private async Task<HashSet<string>> ServedRoutesAsync()
    {
        var routes = new HashSet<string>();
        var pages = await CompiledPagesAsync();
        foreach (var (path, compiled) in pages)
        {
            routes.Add("GET " + path);
            foreach (var h in compiled.HandlerMethods.Where(h => h.HttpMethod == "Post"))
            {
                routes.Add("POST " + path + (h.Name is null ? "" : "?handler=" + h.Name.ToLowerInvariant()));
            }
        }
        foreach (var endpoint in Endpoints().Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null))
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods) routes.Add($"{method} {PathOf(endpoint)}");
        }
        return routes;
    }

    private async Task<List<(string Path, CompiledPageActionDescriptor Compiled)>> CompiledPagesAsync()
    {
        var loader = f.App.Services.GetRequiredService<PageLoader>();
        var pages = new List<(string, CompiledPageActionDescriptor)>();
        foreach (var endpoint in Endpoints())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page) continue;
            pages.Add((PathOf(endpoint), await loader.LoadAsync(page, endpoint.Metadata)));
        }
        return pages;
    }

    private IEnumerable<RouteEndpoint> Endpoints() =>
        f.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static string PathOf(RouteEndpoint endpoint) => "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/').ToLowerInvariant();

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<style\b|\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();

    [GeneratedRegex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
