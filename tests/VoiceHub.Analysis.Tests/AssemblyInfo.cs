using VoiceHub.Analysis.Tests.Embeddings;
using VoiceHub.TestCommon;

[assembly: AssemblyFixture(typeof(PostgresCluster))]
[assembly: AssemblyFixture(typeof(Embedders))]
