using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Builders;

/// <summary>Short-hand for field maps in tests.</summary>
internal static class Fields
{
    public static FieldMap Of(params (string Name, object? Value)[] fields) =>
        FieldMap.From(fields.Select(f => KeyValuePair.Create(f.Name, CanonicalValue.From(f.Value))));

    public static FieldMap Set(this FieldMap fields, string name, object? value) => fields.With(name, CanonicalValue.From(value));

    public static string? Text(this FieldMap fields, string name) => fields[name].As<string>();
}
