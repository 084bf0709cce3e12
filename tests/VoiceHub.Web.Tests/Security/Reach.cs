namespace VoiceHub.Web.Tests.Security;

/// <summary>What one kind of visitor gets from one route.</summary>
public enum Reach
{
    /// <summary>200: the page or answer.</summary>
    Ok,
    /// <summary>A redirect that is the page's own doing (sign-out, a step already done), not a refusal.</summary>
    Redirects,
    /// <summary>302 to the sign-in page: a page that needs someone signed in.</summary>
    SignIn,
    /// <summary>403 where they are, with the "no access" page: signed in, but not allowed.</summary>
    Forbidden,
    /// <summary>401, no redirect: an API that needs a sign-in or a key.</summary>
    Unauthorized,
    /// <summary>404: the sample asks for something that is not there (the error page's own route).</summary>
    NotFound,
}
