namespace SyncConsole.Demo;

/// <summary>
/// Demo mode: a seeded demo tenant and a local sign-in, for trying SyncConsole on one machine. Section <c>Demo</c>.
/// On in appsettings.Development.json only; a published or container build runs it only when told to.
/// </summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Turns demo mode on. Default <c>false</c>.</summary>
    public bool Enabled { get; set; }

    /// <summary>Id of the seeded demo tenant. Default <c>00000000-0000-0000-0000-0000000000d1</c>.</summary>
    public Guid TenantId { get; set; } = new("00000000-0000-0000-0000-0000000000d1");

    /// <summary>Display name of the demo tenant. Default <c>Demo company</c>.</summary>
    public string TenantName { get; set; } = "Demo company";
}
