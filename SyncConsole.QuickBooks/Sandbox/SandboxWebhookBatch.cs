using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>The changes of one commit, with the realm's webhook faults as they were when it was committed.</summary>
internal sealed record SandboxWebhookBatch(IReadOnlyList<SandboxChange> Changes, SandboxFaults Faults);
