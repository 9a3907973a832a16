using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Dalian.Enforcement.Web.Infrastructure.Web;

public static class ValidationExtensions
{
    /// <summary>
    /// Runs a FluentValidation validator explicitly (automatic MVC validation is deprecated upstream,
    /// docs/adr/0004) and copies its messages into the model state. True when the form is valid.
    /// </summary>
    public static async Task<bool> ValidateIntoAsync<T>(this IValidator<T> validator, T form, ModelStateDictionary modelState)
    {
        var result = await validator.ValidateAsync(form);
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }

        return result.IsValid && modelState.IsValid;
    }
}
