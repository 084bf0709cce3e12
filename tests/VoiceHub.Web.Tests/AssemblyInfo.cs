using VoiceHub.TestCommon;

[assembly: AssemblyFixture(typeof(PostgresCluster))]

// Hangfire keeps its storage in a process-wide static (JobStorage.Current), so two apps in one test process would
// enqueue into each other's databases. One app at a time here; multi-node tests start separate processes.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
