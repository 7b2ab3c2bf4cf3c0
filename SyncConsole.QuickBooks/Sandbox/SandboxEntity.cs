namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>The QuickBooks entity types the emulator serves.</summary>
internal enum SandboxEntity
{
    Vendor,
    Customer,
    Account,
    Item,
    Bill,
    Invoice,
    Payment,
}
