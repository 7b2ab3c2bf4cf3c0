using System.Text.Json.Nodes;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Builds QuickBooks response envelopes: the entity or QueryResponse plus <c>time</c>, or a Fault.</summary>
internal static class SandboxResponses
{
    public static JsonObject FaultBody(SandboxFaultException fault) => new()
    {
        ["Error"] = new JsonArray(new JsonObject
        {
            ["Message"] = fault.Message,
            ["Detail"] = fault.Detail,
            ["code"] = fault.Code,
            ["element"] = fault.Element,
        }),
        ["type"] = fault.FaultType,
    };

    public static SandboxResult Fault(SandboxFaultException fault, string time) =>
        new(fault.Status, new JsonObject { ["Fault"] = FaultBody(fault), ["time"] = time }.ToJsonString());

    public static SandboxResult Ok(JsonObject body, string time)
    {
        body["time"] = time;
        return new SandboxResult(200, body.ToJsonString());
    }
}
