using SyncConsole.Core.Rules;

namespace SyncConsole.Components.Pages.Integrations;

/// <summary>The wire values a rule's drop-downs offer, with the words a person reads.</summary>
public static class RuleChoices
{
    public sealed record Choice(string Value, string Text);

    public static IReadOnlyList<Choice> Directions { get; } =
        [.. Enum.GetValues<SyncDirection>().Select(d => new Choice(d.ToWireName(), d switch
        {
            SyncDirection.Inbound => "Inbound (provider → us)",
            SyncDirection.Outbound => "Outbound (us → provider)",
            SyncDirection.Bidirectional => "Both ways",
        }))];

    public static IReadOnlyList<Choice> Policies { get; } =
        [.. Enum.GetValues<ConflictPolicy>().Select(p => new Choice(p.ToWireName(), p switch
        {
            ConflictPolicy.External => "Provider wins",
            ConflictPolicy.OurSystem => "Our system wins",
            ConflictPolicy.Manual => "Manual review",
            ConflictPolicy.LastWriterWins => "Last writer wins",
        }))];

    public static IReadOnlyList<Choice> ChangeSources { get; } =
        [.. Enum.GetValues<ChangeSource>().Select(s => new Choice(s.ToWireName(), s switch
        {
            ChangeSource.Polling => "Polling",
            ChangeSource.Push => "Push from our app",
            ChangeSource.Webhook => "Provider webhooks",
            ChangeSource.Hybrid => "Hybrid (push, webhooks, polling)",
        }))];

    public static IReadOnlyList<Choice> Triggers { get; } =
        [.. Enum.GetValues<SyncTrigger>().Select(t => new Choice(t.ToWireName(), t switch
        {
            SyncTrigger.Deferred => "Deferred (next scheduled job)",
            SyncTrigger.Immediate => "Immediate",
        }))];
}
