using VoiceHub.TestCommon;

[assembly: AssemblyFixture(typeof(PostgresCluster))]
