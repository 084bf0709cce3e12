namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// What this process does when several share one PostgreSQL (<c>VoiceHub:Node</c>). Every node keeps its own index in
/// step with PostgreSQL and can enqueue jobs. <c>Jobs=false</c>: a web-only node, no Hangfire server in it.
/// <c>Web=false</c>: a jobs-only node, serving nothing but <c>/health</c>. The default node does both.
/// </summary>
public sealed record NodeRoles(bool Web, bool Jobs)
{
    public static NodeRoles From(IConfiguration configuration)
    {
        var section = configuration.GetSection("VoiceHub:Node");
        // RunJobs was the first name of the Jobs switch; still honoured so existing settings keep working.
        var jobs = section.GetValue("Jobs", section.GetValue("RunJobs", true));
        var web = section.GetValue("Web", true);
        if (!web && !jobs) throw new InvalidOperationException("VoiceHub:Node:Web and VoiceHub:Node:Jobs are both false: this node would do nothing. Set one of them to true.");
        return new NodeRoles(web, jobs);
    }
}
