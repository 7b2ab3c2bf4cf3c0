using System.Text;
using System.Text.Encodings.Web;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.QuickBooks.Sandbox.Endpoints;

/// <summary>The consent page: a company picker and Connect/Cancel buttons in a plain form that works without JavaScript.</summary>
internal static class SandboxConsentPage
{
    public const string NewEmptyCompany = "new:empty";
    public const string NewDemoCompany = "new:demo";

    public static string Render(string action, string clientId, string redirectUri, string? state, string? scope, IReadOnlyList<SandboxRealm> realms)
    {
        var e = HtmlEncoder.Default;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Connect to QuickBooks (sandbox)</title></head><body>");
        html.Append("<main><h1>Connect to QuickBooks (sandbox emulator)</h1>");
        html.Append("<p>An app wants to access your company's accounting data (").Append(e.Encode(scope ?? string.Empty)).Append(").</p>");
        html.Append("<form method=\"post\" action=\"").Append(e.Encode(action)).Append("\">");
        Hidden(html, "client_id", clientId);
        Hidden(html, "redirect_uri", redirectUri);
        Hidden(html, "state", state ?? string.Empty);
        html.Append("<label for=\"company\">Company</label> <select id=\"company\" name=\"company\">");
        foreach (var realm in realms)
        {
            html.Append("<option value=\"").Append(e.Encode(realm.RealmId)).Append("\">")
                .Append(e.Encode($"{realm.Name} ({realm.RealmId})")).Append("</option>");
        }

        html.Append("<option value=\"").Append(NewDemoCompany).Append("\">New demo company</option>");
        html.Append("<option value=\"").Append(NewEmptyCompany).Append("\">New empty company</option>");
        html.Append("</select>");
        html.Append("<p><button type=\"submit\" name=\"decision\" value=\"approve\">Connect</button> ");
        html.Append("<button type=\"submit\" name=\"decision\" value=\"deny\">Cancel</button></p>");
        html.Append("</form></main></body></html>");
        return html.ToString();
    }

    public static string Error(string message) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error</title></head><body><h1>Cannot connect</h1><p>{HtmlEncoder.Default.Encode(message)}</p></body></html>";

    private static void Hidden(StringBuilder html, string name, string value) =>
        html.Append("<input type=\"hidden\" name=\"").Append(name).Append("\" value=\"").Append(HtmlEncoder.Default.Encode(value)).Append("\">");
}
