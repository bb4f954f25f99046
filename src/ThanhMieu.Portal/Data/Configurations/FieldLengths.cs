namespace ThanhMieu.Portal.Data.Configurations;

/// <summary>Column lengths shared by the model and the forms that validate against it.</summary>
public static class FieldLengths
{
    public const int Title = 200;
    public const int Slug = 200;
    public const int Name = 200;
    public const int Summary = 1000;
    public const int Label = 100;
    public const int Note = 2000;
    public const int Path = 400;
    public const int AltText = 300;

    /// <summary>A host name (RFC 1035: at most 253 characters).</summary>
    public const int Host = 253;

    /// <summary>A resident's question: room for a detailed account, small enough to read and moderate.</summary>
    public const int Question = 4000;
    public const int Phone = 50;
    public const int Email = 254;

    /// <summary>A procedure's folded name, field, place and note, with room for the spaces between them.</summary>
    public const int SearchText = Name + Name + Summary + Summary + 8;
}
