namespace SyncConsole.Security.DataProtection;

/// <summary>One ASP.NET Core Data Protection key (XML), shared by every node: system-wide, not tenant-owned.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; init; }

    public required string FriendlyName { get; init; }

    public required string Xml { get; init; }
}
