namespace Homeward.Domain.Locations;

public enum LocationLevel
{
    Country = 0,
    Region = 1,
    District = 2,
    Community = 3,
}
