using System.Text.Json.Serialization.Metadata;
using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Schema;

namespace SyncConsole.Components.Pages.Conflicts;

/// <summary>Which input a custom value of a conflicting field needs, from the canonical schema's typed entities.</summary>
public enum FieldInputKind
{
    Text,
    Number,
    Date,
    Boolean,
    Json,
}

/// <summary>Looks up a field's input kind in the typed entity (the same type information the canonical JSON uses).</summary>
public static class FieldInputKinds
{
    public static FieldInputKind For(string entityType, string field)
    {
        if (field == ConflictFields.Deleted)
        {
            return FieldInputKind.Boolean;
        }

        if (field == ConflictFields.Match || !EntityTypes.TryParse(entityType, out var type))
        {
            return FieldInputKind.Text;
        }

        var entity = CanonicalEntity.Create(type.Value).GetType();
        var info = (JsonTypeInfo)CanonicalJson.Options.GetTypeInfo(entity);
        var property = info.Properties.FirstOrDefault(p => p.Name == field);
        return property is null ? FieldInputKind.Json : Of(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
    }

    private static FieldInputKind Of(Type type) =>
        type == typeof(string) || type.IsEnum ? FieldInputKind.Text
        : type == typeof(bool) ? FieldInputKind.Boolean
        : type == typeof(DateOnly) ? FieldInputKind.Date
        : type == typeof(decimal) || type == typeof(int) || type == typeof(long) || type == typeof(double) ? FieldInputKind.Number
        : FieldInputKind.Json;
}
