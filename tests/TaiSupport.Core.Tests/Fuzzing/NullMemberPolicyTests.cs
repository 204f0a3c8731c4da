using System.Collections;
using System.Reflection;
using TaiSupport.Core.Policies;
using Xunit.Abstractions;

namespace TaiSupport.Core.Tests.Fuzzing;

/// <summary>
/// Policies built in code with a member left null (session 7 sweep): the default pack with each section, and each
/// section with each of its reference or list members, set to null (a list also to its default and to one null item),
/// validated through <see cref="TaiPolicy.Validate"/>. A validator answers problems or an <see cref="ArgumentNullException"/>
/// naming the parameter — never a <see cref="NullReferenceException"/> or another crash.
/// </summary>
public sealed class NullMemberPolicyTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryPolicyMember_SetToNull_IsAProblemNotACrash()
    {
        var (checks, faults) = (0, new List<string>());
        foreach (var section in Settable(typeof(TaiPolicy)).Where(p => !p.PropertyType.IsValueType || IsList(p.PropertyType)))
        {
            Check($"{section.Name} = null", With(TaiPolicy.Default, section, null));
            if (section.GetValue(TaiPolicy.Default) is not { } value || IsList(section.PropertyType))
            {
                continue;
            }

            foreach (var member in Settable(value.GetType()).Where(p => !p.PropertyType.IsValueType || IsList(p.PropertyType)))
            {
                foreach (var (what, replacement) in Nulls(member))
                {
                    Check($"{section.Name}.{member.Name} = {what}", With(TaiPolicy.Default, section, With(value, member, replacement)));
                }
            }
        }

        output.WriteLine($"{checks} validations");
        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));

        void Check(string what, object? pack)
        {
            if (pack is null)
            {
                return;
            }

            checks++;
            try
            {
                _ = TaiPolicy.Validate((TaiPolicy)pack);
            }
            catch (ArgumentNullException e) when (!string.IsNullOrEmpty(e.ParamName))
            {
            }
            catch (Exception e)
            {
                faults.Add($"{what}: {e.GetType().Name} {e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("TaiSupport.Core.", StringComparison.Ordinal))?.Trim()}");
            }
        }
    }

    [Fact]
    public void ANullSection_IsNamedAtItsPackPath()
    {
        var result = TaiPolicy.Validate(TaiPolicy.Default with { Qa = null!, OnCall = TaiPolicy.Default.OnCall with { Fairness = null! } });
        Assert.Equal(["$.qa", "$.onCall.fairness"], result.Errors.Select(e => e.PropertyName));
        Assert.All(result.Errors, e => Assert.StartsWith("is null;", e.ErrorMessage, StringComparison.Ordinal));
    }

    private static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>);

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");

    private static IEnumerable<(string What, object? Value)> Nulls(PropertyInfo member)
    {
        if (!IsList(member.PropertyType))
        {
            yield return ("null", null);
            yield break;
        }

        yield return ("default", Activator.CreateInstance(member.PropertyType));
        var item = member.PropertyType.GetGenericArguments()[0];
        if (!item.IsValueType)
        {
            var array = Array.CreateInstance(item, 1);
            var create = typeof(System.Collections.Immutable.ImmutableArray).GetMethods()
                .Single(m => m.Name == "Create" && m.GetParameters() is [{ ParameterType.IsArray: true }]).MakeGenericMethod(item);
            yield return ("[null]", create.Invoke(null, [array]));
        }
    }

    /// <summary>A copy of the record <paramref name="record"/> with <paramref name="property"/> set (records clone through <c>&lt;Clone&gt;$</c>).</summary>
    private static object? With(object? record, PropertyInfo property, object? value)
    {
        if (record is null)
        {
            return null;
        }

        var copy = record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        try
        {
            property.SetValue(copy, value);
        }
        catch (TargetInvocationException e) when (e.InnerException is ArgumentNullException)
        {
            return null; // the record's own setter refuses null: nothing to validate
        }

        return copy;
    }
}
