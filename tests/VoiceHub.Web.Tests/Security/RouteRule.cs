namespace VoiceHub.Web.Tests.Security;

/// <summary>
/// One line of <see cref="RouteTable"/>: a route as the app's endpoint data names it (<c>GET /items/{id:long}</c>,
/// <c>POST /search?handler=export</c>), what each kind of visitor gets, and the address to try it with (placeholders
/// such as <c>{item}</c> are the fixture's sample ids; see <see cref="SecurityAppFixture.Samples"/>).
/// </summary>
public sealed record RouteRule(string Route, Reach Anonymous, Reach OurVoice, Reach Staff, Reach Admin, string? Sample = null)
{
    public string Method => Route[..Route.IndexOf(' ')];
    public string Path => Route[(Route.IndexOf(' ') + 1)..];

    public Reach For(string who) => who switch
    {
        "anonymous" => Anonymous,
        "ourvoice" => OurVoice,
        "staff" => Staff,
        _ => Admin,
    };
}
