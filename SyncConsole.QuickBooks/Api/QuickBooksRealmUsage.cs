namespace SyncConsole.QuickBooks.Api;

/// <summary>One realm's use of its QuickBooks API budget, as this process's rate gate counts it.</summary>
/// <param name="RealmId">The QuickBooks company (realm) id.</param>
/// <param name="RequestsLastMinute">Requests started in the last 60 seconds.</param>
/// <param name="RequestsPerMinute">The per-minute limit the gate keeps under (500 by default, QuickBooks' limit).</param>
/// <param name="InFlight">Requests running now.</param>
/// <param name="MaxConcurrent">The concurrency limit (10 by default).</param>
public sealed record QuickBooksRealmUsage(string RealmId, int RequestsLastMinute, int RequestsPerMinute, int InFlight, int MaxConcurrent);
