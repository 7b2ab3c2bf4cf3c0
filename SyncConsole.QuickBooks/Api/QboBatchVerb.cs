namespace SyncConsole.QuickBooks.Api;

/// <summary>What a batch item does.</summary>
internal enum QboBatchVerb
{
    Create,
    Update,
    Delete,
    Query,
}
