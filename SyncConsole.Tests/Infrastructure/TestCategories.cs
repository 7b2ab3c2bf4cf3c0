namespace SyncConsole.Tests.Infrastructure;

/// <summary>Trait values for <c>[Trait("Category", ...)]</c>, so a run can pick or skip the slow kinds.</summary>
internal static class TestCategories
{
    public const string Integration = "Integration";
    public const string Browser = "Browser";
    public const string Postgres = "Postgres";
}
