// Where st.map looks first, as Streamlit works it out (map.py's `_get_viewport_details`): the
// centre of the points' bounds, and the zoom level at which their larger span fits, from
// OpenStreetMap's table of degrees per zoom level; one point, or none, is seen at level 12.

const ZOOM_LEVELS = [360, 180, 90, 45, 22.5, 11.25, 5.625, 2.813, 1.406, 0.703, 0.352, 0.176, 0.088, 0.044, 0.022, 0.011, 0.005, 0.003, 0.001, 0.0005, 0.00025];
const DEFAULT_ZOOM = 12;

export function mapView(latitudes: ArrayLike<number>, longitudes: ArrayLike<number>, zoom: number | undefined): { center: [number, number]; zoom: number } {
  if (latitudes.length === 0) return { center: [0, 0], zoom: zoom ?? 1 };
  let minLat = Infinity;
  let maxLat = -Infinity;
  let minLon = Infinity;
  let maxLon = -Infinity;
  for (let i = 0; i < latitudes.length; i++) {
    const lat = latitudes[i]!;
    const lon = longitudes[i]!;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
    if (lon < minLon) minLon = lon;
    if (lon > maxLon) maxLon = lon;
  }
  const center: [number, number] = [(minLat + maxLat) / 2, (minLon + maxLon) / 2];
  return { center, zoom: zoom ?? zoomFor(Math.max(Math.abs(maxLon - minLon), Math.abs(maxLat - minLat))) };
}

function zoomFor(distance: number): number {
  for (let i = 0; i < ZOOM_LEVELS.length - 1; i++) {
    if (ZOOM_LEVELS[i + 1]! < distance && distance <= ZOOM_LEVELS[i]!) return i;
  }
  return DEFAULT_ZOOM;
}
