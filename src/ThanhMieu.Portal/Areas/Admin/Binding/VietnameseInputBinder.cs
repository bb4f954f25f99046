using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ThanhMieu.Portal.Areas.Admin.Binding;

/// <summary>
/// Binds a form's numbers, dates, choices and yes/no fields with <see cref="VietnameseInput"/>, reporting bad input as a
/// Vietnamese message beside the field instead of MVC's English defaults (<see cref="VietnameseInputBinderProvider"/>
/// chooses it for every such field of the admin's forms). Rejects enum values that are not defined (MVC would accept
/// "99"). Decimals may group thousands ("15.200"); coordinates, the only doubles, never do.
/// </summary>
public sealed class VietnameseInputBinder : IModelBinder
{
    /// <summary>Decimals are stored as decimal(18,4): 14 digits before the point. Larger values would fail the save.</summary>
    private const decimal MaxDecimal = 100_000_000_000_000m;

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var posted = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (posted == ValueProviderResult.None)
        {
            // Not in the form at all: keep the model's default.
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, posted);
        var metadata = bindingContext.ModelMetadata;
        var label = metadata.DisplayName ?? metadata.Name ?? bindingContext.ModelName;
        var text = posted.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (metadata.IsReferenceOrNullableType)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }
            else
            {
                Fail(bindingContext, Message(CommonText.Input_Required, label));
            }

            return Task.CompletedTask;
        }

        var type = metadata.UnderlyingOrModelType;
        (bool Ok, object? Value, string Message) parsed = type switch
        {
            _ when type == typeof(decimal) => VietnameseInput.TryParseDecimal(text, allowGrouping: true, out var d)
                ? Math.Abs(d) < MaxDecimal ? (true, (object)d, "") : (false, null, Message(CommonText.Input_TooLarge, label))
                : (false, null, Message(CommonText.Input_Decimal, label)),
            _ when type == typeof(double) => VietnameseInput.TryParseDecimal(text, allowGrouping: false, out var d)
                ? (true, (object)(double)d, "")
                : (false, null, Message(CommonText.Input_Coordinate, label)),
            _ when type == typeof(int) => VietnameseInput.TryParseInt(text, out var i)
                ? (true, (object)i, "")
                : (false, null, Message(CommonText.Input_Integer, label)),
            _ when type == typeof(DateOnly) => VietnameseInput.TryParseDate(text, out var date)
                ? (true, (object)date, "")
                : (false, null, Message(CommonText.Input_Date, label)),
            _ when type == typeof(bool) => bool.TryParse(text, out var b)
                ? (true, (object)b, "")
                : (false, null, Message(CommonText.Input_Choice, label)),
            _ when type.IsEnum => Enum.TryParse(type, text, ignoreCase: false, out var e) && Enum.IsDefined(type, e!)
                ? (true, e, "")
                : (false, null, Message(CommonText.Input_Choice, label)),
            _ => throw new InvalidOperationException($"{nameof(VietnameseInputBinder)} cannot bind {type.Name}."),
        };

        if (parsed.Ok)
        {
            bindingContext.Result = ModelBindingResult.Success(parsed.Value);
        }
        else
        {
            Fail(bindingContext, parsed.Message);
        }

        return Task.CompletedTask;
    }

    private static string Message(string format, string label) => VietnameseFormat.Text(format, label);

    private static void Fail(ModelBindingContext bindingContext, string message)
    {
        if (bindingContext.ModelMetadata.UnderlyingOrModelType == typeof(bool))
        {
            // A checkbox is drawn from the posted value read as a yes/no; one that is neither ("maybe") is dropped, so
            // the form shows the field as it was rather than failing to draw it.
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, rawValue: null, attemptedValue: null);
        }

        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, message);
        bindingContext.Result = ModelBindingResult.Failed();
    }
}
