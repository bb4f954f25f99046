namespace ThanhMieu.Portal.Services;

/// <summary>
/// Vietnamese names for what the audit trail records, all kept in <see cref="CommonText"/>: each entity type under
/// <c>Entity_{type}</c>, each field under <c>Field_{property}</c> and each action under <c>Action_{action}</c>.
/// </summary>
public static class AuditNames
{
    public const string EntityPrefix = "Entity_";
    public const string FieldPrefix = "Field_";
    public const string ActionPrefix = "Action_";

    /// <summary>The Vietnamese name of an entity type given by its CLR name ("Observation" → its CommonText name).</summary>
    public static string Entity(string typeName) => Lookup(EntityPrefix, typeName);

    public static string Entity<TEntity>() => Entity(typeof(TEntity).Name);

    /// <summary>The Vietnamese name of a field given by its property name ("Title" → its CommonText name).</summary>
    public static string Property(string name) => Lookup(FieldPrefix, name);

    public static string Action(AuditAction action) => Lookup(ActionPrefix, action.ToString());

    /// <summary>A staff account as the audit trail names it: the display name in quotes and the email in brackets, or the email alone.</summary>
    public static string Account(PortalUser account) =>
        account.DisplayName.Length > 0 && account.DisplayName != account.Email
            ? VietnameseFormat.Text(CommonText.Format_QuotedWith, account.DisplayName, account.Email)
            : account.Email ?? account.UserName ?? "";

    /// <summary>An item named by its title, in Vietnamese quotation marks.</summary>
    public static string Quoted(string name) => VietnameseFormat.Text(CommonText.Format_Quoted, name);

    /// <summary>The name kept under <paramref name="prefix"/> + <paramref name="key"/>, or null when there is none.</summary>
    internal static string? Find(string prefix, string key) => CommonText.ResourceManager.GetString(prefix + key, CommonText.Culture);

    // An unknown name falls back to the CLR name; AuditNamesTests keeps every audited type and field named.
    private static string Lookup(string prefix, string key) => Find(prefix, key) ?? key;
}
