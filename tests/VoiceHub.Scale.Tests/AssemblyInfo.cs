using VoiceHub.TestCommon;

[assembly: AssemblyFixture(typeof(PostgresCluster))]
// Each test starts real app processes: one test at a time keeps the 2-core machine responsive enough for their timings.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
