using System.Diagnostics;
using System.Net;
using VoiceHub.Core;
using VoiceHub.TestCommon;
using VoiceHub.Web.Infrastructure;

namespace VoiceHub.Web.Tests.Public;

/// <summary>
/// The built VoiceHub.Web.dll started as a council would: from another folder, in Production, over plain http. Behind a
/// trusted proxy it serves its styles and its forms; with no proxy it refuses to start in one sentence.
/// </summary>
public sealed class ProductionStartTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Start_ProductionOverPlainHttpFromAnotherFolder_ServesStylesAndFormsBehindAProxyElseRefusesClearly()
    {
        var elsewhere = TestPaths.TempDirectory("voicehub-elsewhere");
        try
        {
            // No proxy, no https: it must stop at once with the sentence, before touching a database.
            var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = elsewhere, RedirectStandardError = true, RedirectStandardOutput = true };
            psi.ArgumentList.Add(AppProcess.Dll);
            psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            psi.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{FreePort.Pick()}";
            psi.Environment["ConnectionStrings__VoiceHub"] = "Host=/nonexistent;Database=none";
            using (var refused = Process.Start(psi)!)
            {
                var stderr = refused.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                await refused.WaitForExitAsync(wait.Token);
                Assert.Equal(2, refused.ExitCode);
                Assert.Equal(ProductionStart.PlainHttpRefusal, (await stderr).Trim());
            }

            // Behind a TLS-terminating proxy on this machine that says so.
            await using var app = new AppProcess(await cluster.CreateDatabaseAsync("prod"), new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["VoiceHub:Proxy:KnownProxies:0"] = "127.0.0.1",
                ["VoiceHub:WarmUp"] = "true",
            }) { WorkingDirectory = elsewhere };
            await app.StartAsync(ct: TestContext.Current.CancellationToken);
            // The proxy's visitor is on HTTPS, so the browser would send the Secure cookies; this client carries them by hand.
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseUrl };
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

            var health = await client.GetAsync("/health", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);

            var formResponse = await client.GetAsync("/give-feedback", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, formResponse.StatusCode);
            var form = await formResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var cookies = formResponse.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]).ToList() : [];
            Assert.Contains(formResponse.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
            var css = System.Text.RegularExpressions.Regex.Match(form, "href=\"(/lib/app\\.css[^\"]*)\"");
            Assert.True(css.Success, "the form page links no stylesheet");
            var stylesheet = await client.GetAsync(WebUtility.HtmlDecode(css.Groups[1].Value), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
            Assert.Equal("text/css", stylesheet.Content.Headers.ContentType?.MediaType);
            Assert.Contains(".govuk-button", await stylesheet.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

            // The form works (its Secure cookies are set over the proxy's HTTPS): no 500.
            using var post = new HttpRequestMessage(HttpMethod.Post, "/give-feedback")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Feedback"] = "The day centre bus is always late.",
                    ["__RequestVerificationToken"] = FormToken.Find(form),
                }),
            };
            post.Headers.Add("Cookie", string.Join("; ", cookies));
            var sent = await client.SendAsync(post, TestContext.Current.CancellationToken);
            Assert.True(sent.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect to the reference, got {(int)sent.StatusCode}\n{app.Output}");
            Assert.EndsWith("/give-feedback/sent", sent.Headers.Location?.ToString());

            // A page asked for over plain http, not through the proxy's HTTPS, is sent to HTTPS, never a 500.
            using var plain = app.NewClient();
            var redirected = await plain.GetAsync("/give-feedback", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.TemporaryRedirect, redirected.StatusCode);
            Assert.Equal("https", redirected.Headers.Location?.Scheme);
            Assert.Equal(HttpStatusCode.OK, (await plain.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);

            // The start-up warm-up reaches every page over loopback as if through the proxy: nothing redirected, nothing failed.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!app.Output.Contains("Warm-up finished", StringComparison.Ordinal) && waited.Elapsed < TimeSpan.FromSeconds(120))
                await Task.Delay(250, TestContext.Current.CancellationToken);
            Assert.Contains(" 0 not answered with 200", app.Output);
        }
        finally
        {
            try { Directory.Delete(elsewhere, recursive: true); } catch (IOException) { }
        }
    }
}
