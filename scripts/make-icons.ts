// Draws the two Teams icons (manifest/color.png 192×192, manifest/outline.png 32×32) from
// the same house shape, so they stay in step. Run after changing the shape; commit the PNGs.
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

type Rgba = readonly [number, number, number, number];
const ACCENT: Rgba = [0x1f, 0x6f, 0x5c, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Is (x, y), in 0..1 units, inside a house: a roof triangle over a body with a door cut out? */
function house(x: number, y: number, stroke = 0): boolean {
  const roof = y >= 0.16 && y <= 0.5 && Math.abs(x - 0.5) <= (y - 0.16) * (0.38 / 0.34);
  const body = x >= 0.24 && x <= 0.76 && y >= 0.46 && y <= 0.84;
  const door = x >= 0.44 && x <= 0.56 && y >= 0.62 && y <= 0.84;
  const inside = (roof || body) && !door;
  if (!stroke) return inside;
  // Outline: inside, but not deeper than `stroke` from the edge.
  const deep = [-stroke, stroke].every((dx) =>
    [-stroke, stroke].every((dy) => house(x + dx, y + dy)),
  );
  return inside && !deep;
}

function draw(size: number, background: Rgba, ink: Rgba, stroke: number): PNG {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      const colour = house((px + 0.5) / size, (py + 0.5) / size, stroke) ? ink : background;
      png.data.set(colour, (py * size + px) * 4);
    }
  return png;
}

writeFileSync('manifest/color.png', PNG.sync.write(draw(192, ACCENT, WHITE, 0)));
writeFileSync('manifest/outline.png', PNG.sync.write(draw(32, CLEAR, WHITE, 2 / 32)));
console.log('Wrote manifest/color.png and manifest/outline.png');
