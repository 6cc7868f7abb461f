using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kiosk.Core;

/// <summary>
/// An explicit table between an enum and the names it has on the wire (sync payloads, API). Renaming
/// an enum member never renames anything outside: the table says what goes out and what is read.
/// </summary>
public sealed class WireNames<TEnum>
    where TEnum : struct, Enum
{
    private readonly (TEnum Value, string Name)[] _table;

    public WireNames(params (TEnum Value, string Name)[] table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var missing = Enum.GetValues<TEnum>().Where(v => !table.Any(t => t.Value.Equals(v))).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"No wire name for {string.Join(", ", missing)}.", nameof(table));
        }

        _table = table;
        Json = new Converter(this);
    }

    /// <summary>Writes and reads <typeparamref name="TEnum"/> as its wire name.</summary>
    public JsonConverter<TEnum> Json { get; }

    public string ToWire(TEnum value)
    {
        foreach (var (v, name) in _table)
        {
            if (v.Equals(value))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(TEnum).Name}.");
    }

    public bool TryParse(string? name, out TEnum value)
    {
        foreach (var (v, n) in _table)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }

    private sealed class Converter(WireNames<TEnum> names) : JsonConverter<TEnum>
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            names.TryParse(reader.GetString(), out var value) ? value : throw new JsonException($"'{reader.GetString()}' is not a {typeof(TEnum).Name}.");

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(names.ToWire(value));
        }
    }
}
