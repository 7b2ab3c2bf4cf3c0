using System.Text.Json;
using SyncConsole.Api;
using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Rules;

namespace SyncConsole.SyncJobs;

/// <summary>
/// A field on which a policy kept one side's value over the other side's change (API <c>resolutions</c> of a per-record
/// result): the evidence that an overwrite was a choice, never a silent loss.
/// </summary>
/// <param name="Field">The canonical field, or <c>_deleted</c> for a deletion against an edit.</param>
/// <param name="Winner"><c>our_system</c> or <c>external</c>: whose value was kept.</param>
/// <param name="Policy">The policy that chose (a conflict policy's wire name).</param>
public sealed record PolicyChoice(string Field, string Winner, string Policy)
{
    /// <summary>The column value: null when the policy chose nothing.</summary>
    public static string? Write(IReadOnlyList<FieldResolution> resolutions) =>
        resolutions.Count == 0
            ? null
            : JsonSerializer.Serialize(resolutions.Select(r => new PolicyChoice(
                r.Field, r.Winner == MergeSide.Ours ? ConflictPolicy.OurSystem.ToWireName() : ConflictPolicy.External.ToWireName(),
                r.Policy.ToWireName())), ApiJson.Stored);

    public static IReadOnlyList<PolicyChoice> Read(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<PolicyChoice[]>(json, ApiJson.Stored)!;
}
