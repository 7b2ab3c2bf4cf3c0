using System.Globalization;

namespace SyncConsole.QuickBooks.Sandbox.Query;

/// <summary>Parses the subset of the QuickBooks query language the emulator serves (AND only, no OR or JOIN).</summary>
internal sealed class SandboxQueryParser
{
    public const int DefaultMaxResults = 100;
    public const int MaxMaxResults = 1000;

    private readonly List<string> _tokens;
    private int _position;

    private SandboxQueryParser(string text) => _tokens = SandboxQueryTokenizer.Tokenize(text);

    public static SandboxQuery Parse(string text) => new SandboxQueryParser(text).ParseQuery();

    private SandboxQuery ParseQuery()
    {
        Expect("SELECT");
        var count = false;
        if (Accept("count"))
        {
            Expect("(");
            Expect("*");
            Expect(")");
            count = true;
        }
        else if (!Accept("*"))
        {
            // A projection is accepted and ignored: QuickBooks returns whole objects either way.
            do
            {
                Next();
            }
            while (Accept(","));
        }

        Expect("FROM");
        var name = Next();
        if (!SandboxEntities.TryParseName(name, out var entity))
        {
            throw SandboxFaultException.QueryParser($"Invalid context declaration : {name}");
        }

        var conditions = new List<SandboxQueryCondition>();
        if (Accept("WHERE"))
        {
            do
            {
                conditions.Add(ParseCondition());
            }
            while (Accept("AND"));
        }

        var orderBy = new List<SandboxQueryOrder>();
        if (Accept("ORDERBY") || (Accept("ORDER") && Expect("BY")))
        {
            do
            {
                var path = Next();
                var descending = Accept("DESC");
                if (!descending)
                {
                    Accept("ASC");
                }

                orderBy.Add(new SandboxQueryOrder(path, descending));
            }
            while (Accept(","));
        }

        int? start = null;
        int? max = null;
        while (_position < _tokens.Count)
        {
            if (Accept("STARTPOSITION"))
            {
                start = Number();
            }
            else if (Accept("MAXRESULTS"))
            {
                max = Number();
            }
            else
            {
                throw SandboxFaultException.QueryParser($"Encountered \"{_tokens[_position]}\" where no more input was expected.");
            }
        }

        if (max > MaxMaxResults)
        {
            throw SandboxFaultException.QueryValidation(string.Create(CultureInfo.InvariantCulture, $"value {max} is too large. Max allowed value is {MaxMaxResults}"));
        }

        return new SandboxQuery(count, entity, conditions, orderBy, Math.Max(1, start ?? 1), Math.Max(1, max ?? DefaultMaxResults));
    }

    private SandboxQueryCondition ParseCondition()
    {
        var path = Next();
        var op = Next();
        if (op.Equals("IN", StringComparison.OrdinalIgnoreCase))
        {
            Expect("(");
            var values = new List<string>();
            do
            {
                values.Add(Literal());
            }
            while (Accept(","));
            Expect(")");
            return new SandboxQueryCondition(path, "IN", values);
        }

        if (op.Equals("LIKE", StringComparison.OrdinalIgnoreCase))
        {
            return new SandboxQueryCondition(path, "LIKE", [Literal()]);
        }

        if (op is not ("=" or "<" or ">" or "<=" or ">=" or "!="))
        {
            throw SandboxFaultException.QueryParser($"Encountered \"{op}\": expected an operator (=, <, >, <=, >=, IN, LIKE).");
        }

        return new SandboxQueryCondition(path, op, [Literal()]);
    }

    private string Literal()
    {
        var token = Next();
        return token.StartsWith('\'') ? token[1..] : token;
    }

    private int Number()
    {
        var token = Next();
        return int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw SandboxFaultException.QueryParser($"Expected a number, found \"{token}\".");
    }

    private string Next() => _position < _tokens.Count
        ? _tokens[_position++]
        : throw SandboxFaultException.QueryParser("Unexpected end of query.");

    private bool Accept(string keyword)
    {
        if (_position < _tokens.Count && string.Equals(_tokens[_position], keyword, StringComparison.OrdinalIgnoreCase))
        {
            _position++;
            return true;
        }

        return false;
    }

    private bool Expect(string keyword) => Accept(keyword)
        ? true
        : throw SandboxFaultException.QueryParser($"Expected \"{keyword}\" at token {_position + 1}.");
}
