using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace Kiosk.Host.Composition;

/// <summary>
/// The setting keys an options class accepts, found by reflection over its public settable
/// properties (nested objects, lists as <c>Services:*:Code</c>), each with the type its value must
/// convert to.
/// </summary>
public sealed class SettingKeys
{
    private const int MaxDepth = 6;
    private readonly List<(string[] Segments, Type Leaf)> _patterns = [];

    /// <summary>Every key of <paramref name="options"/> under <paramref name="prefix"/>, plus <paramref name="extra"/> keys read as text.</summary>
    public SettingKeys(string prefix, Type options, IEnumerable<string> extra)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(extra);
        Walk(prefix, options, 0);
        foreach (var key in extra)
        {
            _patterns.Add((Split($"{prefix}:{key}"), typeof(string)));
        }
    }

    /// <summary>The patterns as text, <c>*</c> standing for a list index.</summary>
    public IEnumerable<string> Patterns => _patterns.Select(p => string.Join(':', p.Segments));

    /// <summary>The type a key's value must convert to, or null when the key is not one of these settings.</summary>
    public Type? LeafType(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var segments = Split(key);
        foreach (var (pattern, leaf) in _patterns)
        {
            if (Matches(pattern, segments))
            {
                return leaf;
            }
        }

        return null;
    }

    /// <summary>Why <paramref name="value"/> cannot be read as <paramref name="type"/> (as the binder would read it), or null when it can.</summary>
    public static string? Unreadable(string value, Type type)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(type);
        var underlying = Nullable.GetUnderlyingType(type);
        var target = underlying ?? type;
        if (target == typeof(string) || target == typeof(object) || (underlying is not null && value.Length == 0))
        {
            return null;
        }

        try
        {
            _ = TypeDescriptor.GetConverter(target).ConvertFromInvariantString(value);
            return null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException or OverflowException or InvalidCastException)
        {
            return Describe(value, target);
        }
    }

    internal static string[] Split(string key) => key.Split(':');

    private static string Describe(string value, Type target)
    {
        if (target.IsEnum)
        {
            return $"'{value}' is not one of {string.Join(", ", Enum.GetNames(target))}";
        }

        return Type.GetTypeCode(target) switch
        {
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64 => $"'{value}' is not a whole number",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => $"'{value}' is not a number (use a dot for decimals)",
            TypeCode.Boolean => $"'{value}' is not true or false",
            _ when target == typeof(TimeSpan) => $"'{value}' is not a duration such as 00:05:00",
            _ => string.Create(CultureInfo.InvariantCulture, $"'{value}' cannot be read as {target.Name}"),
        };
    }

    private static bool Matches(string[] pattern, string[] key)
    {
        if (pattern.Length != key.Length)
        {
            return false;
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != "*" && !string.Equals(pattern[i], key[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private void Walk(string prefix, Type type, int depth)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (IsLeaf(target) || depth > MaxDepth)
        {
            _patterns.Add((Split(prefix), type));
            return;
        }

        if (ElementType(target) is { } element)
        {
            Walk($"{prefix}:*", element, depth + 1);
            return;
        }

        foreach (var property in target.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            {
                Walk($"{prefix}:{property.Name}", property.PropertyType, depth + 1);
            }
        }
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(Guid) || type == typeof(Uri) || type == typeof(object);

    /// <summary>The element type of a list, array or dictionary (whose keys are free), else null.</summary>
    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType ? type.GetGenericArguments()[^1] : null;
    }
}
