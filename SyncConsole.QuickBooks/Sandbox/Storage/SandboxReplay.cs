namespace SyncConsole.QuickBooks.Sandbox.Storage;

/// <summary>The response of a write, kept so that a repeated <c>requestid</c> gets the same answer.</summary>
/// <param name="RealmId">The realm the request addressed.</param>
/// <param name="RequestId">The caller's <c>requestid</c>.</param>
/// <param name="StatusCode">The HTTP status of the original response.</param>
/// <param name="Body">The JSON body of the original response.</param>
/// <param name="CreatedAt">When the original request was answered.</param>
public sealed record SandboxReplay(string RealmId, string RequestId, int StatusCode, string Body, DateTimeOffset CreatedAt);
