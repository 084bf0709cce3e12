using VoiceHub.TestCommon;

[assembly: AssemblyFixture(typeof(PostgresCluster))]

// Hangfire keeps its storage in a process-wide static (JobStorage.Current), so two apps in one test process would
// enqueue into each other's databases. One app at a time here; multi-node tests start separate processes.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

// Every class here starts the whole web app (Kestrel, a real Hangfire server, a fresh database, the Lucene index) or
// Chromium, one class after another: minutes in all. The fast loop (`--filter "Category!=Slow"`) leaves them to CI;
// run the ones you touch by name (`--filter "FullyQualifiedName~Search"`).
[assembly: Trait("Category", "Slow")]

// One Chromium for the assembly, launched by the first test that needs it; this closes it at the end.
[assembly: AssemblyFixture(typeof(VoiceHub.Web.Tests.SharedChromium))]
