using System.Text.Json;

namespace SyncConsole.QuickBooks.Api;

/// <summary>The answer to one batch item: the entity (or QueryResponse) on success, otherwise the typed error.</summary>
internal sealed record QboBatchResult(string BId, JsonElement? Result, QuickBooksApiException? Error)
{
    public bool Succeeded => Error is null;
}
