namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>The webhook body format the emulator posts.</summary>
public enum SandboxWebhookFormat
{
    /// <summary>The legacy <c>{"eventNotifications":[...]}</c> object.</summary>
    Legacy,

    /// <summary>The CloudEvents 1.0 JSON array.</summary>
    CloudEvents,
}
