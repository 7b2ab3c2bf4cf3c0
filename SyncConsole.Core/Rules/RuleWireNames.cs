using System.Diagnostics.CodeAnalysis;

namespace SyncConsole.Core.Rules;

/// <summary>API.md wire names of the rule enums, and exact (lower-case) parsing.</summary>
public static class RuleWireNames
{
    /// <summary>The wire name of a direction.</summary>
    public static string ToWireName(this SyncDirection value) => value switch
    {
        SyncDirection.Inbound => "inbound",
        SyncDirection.Outbound => "outbound",
        SyncDirection.Bidirectional => "bidirectional",
    };

    /// <summary>The wire name of a conflict policy.</summary>
    public static string ToWireName(this ConflictPolicy value) => value switch
    {
        ConflictPolicy.External => "external",
        ConflictPolicy.OurSystem => "our_system",
        ConflictPolicy.Manual => "manual",
        ConflictPolicy.LastWriterWins => "last_writer_wins",
    };

    /// <summary>The wire name of a change source.</summary>
    public static string ToWireName(this ChangeSource value) => value switch
    {
        ChangeSource.Polling => "polling",
        ChangeSource.Push => "push",
        ChangeSource.Webhook => "webhook",
        ChangeSource.Hybrid => "hybrid",
    };

    /// <summary>The wire name of a sync trigger.</summary>
    public static string ToWireName(this SyncTrigger value) => value switch
    {
        SyncTrigger.Deferred => "deferred",
        SyncTrigger.Immediate => "immediate",
    };

    /// <summary>Parses a direction wire name.</summary>
    public static bool TryParse(string? wire, [NotNullWhen(true)] out SyncDirection? value) => TryParse(wire, ToWireName, out value);

    /// <summary>Parses a conflict policy wire name.</summary>
    public static bool TryParse(string? wire, [NotNullWhen(true)] out ConflictPolicy? value) => TryParse(wire, ToWireName, out value);

    /// <summary>Parses a change source wire name.</summary>
    public static bool TryParse(string? wire, [NotNullWhen(true)] out ChangeSource? value) => TryParse(wire, ToWireName, out value);

    /// <summary>Parses a sync trigger wire name.</summary>
    public static bool TryParse(string? wire, [NotNullWhen(true)] out SyncTrigger? value) => TryParse(wire, ToWireName, out value);

    /// <summary>The wire names of every value of an enum, for messages.</summary>
    public static string Choices<T>(Func<T, string> toWire)
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(toWire));

    private static bool TryParse<T>(string? wire, Func<T, string> toWire, [NotNullWhen(true)] out T? value)
        where T : struct, Enum
    {
        value = Enum.GetValues<T>().Where(v => string.Equals(toWire(v), wire, StringComparison.Ordinal))
            .Select(v => (T?)v).FirstOrDefault();
        return value is not null;
    }
}
