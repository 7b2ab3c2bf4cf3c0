namespace SyncConsole.Tests.QuickBooks.Sandbox;

/// <summary>A company created through the emulator's admin endpoint, with tokens for the test client.</summary>
internal sealed record CreatedRealm(string RealmId, string AccessToken, string RefreshToken);
