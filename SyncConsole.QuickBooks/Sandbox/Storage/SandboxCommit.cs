namespace SyncConsole.QuickBooks.Sandbox.Storage;

/// <summary>One realm's write: applied all together or not at all.</summary>
/// <param name="Realm">The realm row to store; its <see cref="SandboxRealm.Version"/> is already incremented.</param>
/// <param name="ExpectedVersion">The version the stored realm must still have.</param>
/// <param name="Records">Records to insert or replace (by realm, entity and id).</param>
/// <param name="Replay">The response to remember for a <c>requestid</c>, if the request carried one.</param>
public sealed record SandboxCommit(SandboxRealm Realm, long ExpectedVersion, IReadOnlyList<SandboxRecord> Records, SandboxReplay? Replay);
