using System.Globalization;
using System.Text.Json.Nodes;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Generated people and companies (names, e-mail, phone, address) for the demo company.</summary>
internal static class SandboxDemoContacts
{
    public static JsonObject Person(Random random)
    {
        var given = SandboxDemoData.GivenNames[random.Next(SandboxDemoData.GivenNames.Length)];
        var family = SandboxDemoData.FamilyNames[random.Next(SandboxDemoData.FamilyNames.Length)];
        var body = Contact(random, $"{given}.{family}".ToLowerInvariant() + "@example.com");
        body["GivenName"] = given;
        body["FamilyName"] = family;
        body["DisplayName"] = $"{given} {family}";
        return body;
    }

    public static JsonObject Company(Random random)
    {
        var name = $"{SandboxDemoData.CompanyWords[random.Next(SandboxDemoData.CompanyWords.Length)]} {SandboxDemoData.CompanyKinds[random.Next(SandboxDemoData.CompanyKinds.Length)]}";
        var body = Contact(random, $"office@{name.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant()}.example.com");
        body["CompanyName"] = name;
        body["DisplayName"] = name;
        return body;
    }

    private static JsonObject Contact(Random random, string email) => new()
    {
        ["PrimaryEmailAddr"] = new JsonObject { ["Address"] = email },
        ["PrimaryPhone"] = new JsonObject { ["FreeFormNumber"] = string.Create(CultureInfo.InvariantCulture, $"(650) 555-{random.Next(1000, 9999)}") },
        ["BillAddr"] = new JsonObject
        {
            ["Line1"] = string.Create(CultureInfo.InvariantCulture, $"{random.Next(10, 9999)} {SandboxDemoData.CompanyWords[random.Next(SandboxDemoData.CompanyWords.Length)]} St."),
            ["City"] = SandboxDemoData.Cities[random.Next(SandboxDemoData.Cities.Length)],
            ["CountrySubDivisionCode"] = "CA",
            ["PostalCode"] = string.Create(CultureInfo.InvariantCulture, $"94{random.Next(100, 999)}"),
            ["Country"] = "USA",
        },
    };
}
