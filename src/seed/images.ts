import sharp from 'sharp'

/**
 * Demo images for the seed, drawn from scratch so the repository ships no photos of real people
 * and every run produces the same bytes for the same seed.
 */
export type FitzpatrickType = 1 | 2 | 3 | 4 | 5 | 6

/** Flat illustration colours for Fitzpatrick skin types I–VI, lightest to deepest. */
export const FITZPATRICK_TONES: Readonly<Record<FitzpatrickType, string>> = { 1: '#f3d9c6', 2: '#e6bf9f', 3: '#cf9f79', 4: '#ad7a52', 5: '#7d5034', 6: '#4b2f21' }

/** Where the head sits in every scalp image, so callers (and tests) can find the crown. */
export const SCALP_HEAD = { width: 1200, height: 900, cx: 600, cy: 465, rx: 320, ry: 390, crownV: 0.3 } as const

type RGB = [number, number, number]
const JPEG = { quality: 82 } as const
const FONT = "'DejaVu Sans', sans-serif"

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v))
const smoothstep = (e0: number, e1: number, x: number) => {
  const t = clamp((x - e0) / (e1 - e0), 0, 1)
  return t * t * (3 - 2 * t)
}
const mix = (a: RGB, b: RGB, t: number): RGB => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]
const scale = (c: RGB, k: number): RGB => [c[0] * k, c[1] * k, c[2] * k]
// Math.hypot is several times slower in V8, and it runs once or more per pixel here.
const len = (a: number, b: number) => Math.sqrt(a * a + b * b)

/** Parses strictly: colours end up inside SVG attributes, so anything but #rrggbb is refused. */
const rgb = (hex: string): RGB => {
  const m = /^#([0-9a-f]{6})$/i.exec(hex)
  if (!m) throw new TypeError(`Expected a #rrggbb colour, got ${JSON.stringify(hex)}`)
  const n = parseInt(m[1]!, 16)
  return [n >> 16, (n >> 8) & 255, n & 255]
}
const hex = (c: RGB) => `#${c.map((v) => Math.round(clamp(v, 0, 255)).toString(16).padStart(2, '0')).join('')}`

/** Also drops characters XML forbids outright (control codes, lone surrogates), which would abort the SVG parse. */
const escapeXml = (s: string) =>
  s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const skin = (type: number): RGB => {
  if (!Number.isInteger(type) || type < 1 || type > 6) throw new RangeError(`Fitzpatrick type must be 1–6, got ${type}`)
  return rgb(FITZPATRICK_TONES[type as FitzpatrickType])
}

/**
 * mulberry32: tiny, fast and good enough for scattering dots; Math.random would break determinism.
 * The seed goes through murmur3's finaliser first, or neighbouring seeds start out alike.
 */
const prng = (seed: number) => {
  let a = Math.imul(seed ^ (seed >>> 16), 0x85ebca6b)
  a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35)
  a = (a ^ (a >>> 16)) >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An RGB pixel buffer; per-pixel JS is far faster than asking librsvg to lay out thousands of SVG circles. */
class Canvas {
  readonly px: Uint8ClampedArray
  constructor(readonly w: number, readonly h: number) {
    this.px = new Uint8ClampedArray(w * h * 3)
  }
  /** Anti-aliased disc, alpha-blended, so sub-pixel dots still read as soft pigment marks. */
  dot(cx: number, cy: number, r: number, c: RGB, alpha: number) {
    const x0 = Math.max(0, Math.floor(cx - r - 1)), x1 = Math.min(this.w - 1, Math.ceil(cx + r + 1))
    const y0 = Math.max(0, Math.floor(cy - r - 1)), y1 = Math.min(this.h - 1, Math.ceil(cy + r + 1))
    for (let y = y0; y <= y1; y++)
      for (let x = x0; x <= x1; x++) {
        const a = clamp(r + 0.5 - len(x + 0.5 - cx, y + 0.5 - cy), 0, 1) * alpha
        if (a <= 0) continue
        const i = (y * this.w + x) * 3
        for (let k = 0; k < 3; k++) this.px[i + k] = this.px[i + k]! + (c[k]! - this.px[i + k]!) * a
      }
  }
  image() {
    return sharp(Buffer.from(this.px.buffer), { raw: { width: this.w, height: this.h, channels: 3 } })
  }
}

/** Fills same-size canvases in one pass, so per-pixel geometry they share is computed once. */
const paint = (canvases: Canvas[], fn: (x: number, y: number) => RGB[]) => {
  const { w, h } = canvases[0]!
  for (let y = 0, i = 0; y < h; y++)
    for (let x = 0; x < w; x++, i += 3) {
      const colours = fn(x, y)
      for (let k = 0; k < canvases.length; k++) canvases[k]!.px.set(colours[k]!, i)
    }
}

/** Jittered grid: even coverage without the mechanical look of a regular lattice. */
const scatter = (w: number, h: number, step: number, rand: () => number, fn: (x: number, y: number) => void) => {
  for (let y = 0; y < h; y += step) for (let x = 0; x < w; x += step) fn(x + rand() * step, y + rand() * step)
}

export const renderClinicLogo = async ({ name, initials, primary, accent }: { name: string; initials: string; primary: string; accent: string }): Promise<Buffer> => {
  const [p, a] = [rgb(primary), rgb(accent)]
  // Dark ink on light brand colours, white otherwise, so the initials stay legible.
  const ink = (0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2]) / 255 > 0.55 ? '#1b1f24' : '#ffffff'
  // A ring of dots whose size swells and fades around the badge: the "stipple" mark.
  let dots = ''
  for (const [ring, radius] of [178, 198, 218].entries())
    for (let i = 0, n = Math.round(radius / 6.5); i < n; i++) {
      const t = (i / n) * Math.PI * 2 + ring * 0.35
      const r = 1.2 + (4.8 - ring) * (0.5 + 0.5 * Math.cos(t + Math.PI / 4))
      dots += `<circle cx="${(256 + radius * Math.cos(t)).toFixed(1)}" cy="${(256 + radius * Math.sin(t)).toFixed(1)}" r="${r.toFixed(2)}"/>`
    }
  const letters = [...initials.trim().toUpperCase()].slice(0, 3).join('')
  const label = [...name.trim()].length > 28 ? `${[...name.trim()].slice(0, 27).join('')}…` : name.trim()
  const labelSize = clamp(300 / (0.62 * Math.max(1, [...label].length)), 14, 34)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
<title>${escapeXml(name)}</title>
<rect x="8" y="8" width="496" height="496" rx="112" fill="${hex(p)}"/>
<rect x="24" y="24" width="464" height="464" rx="98" fill="none" stroke="${hex(a)}" stroke-width="3" opacity="0.6"/>
<g fill="${hex(a)}">${dots}</g>
<text x="256" y="${label ? 292 : 312}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="${Math.round(clamp(330 / (0.72 * Math.max(1, [...letters].length)), 90, 170))}" fill="${ink}">${escapeXml(letters)}</text>
<text x="256" y="360" text-anchor="middle" font-family="${FONT}" font-size="${labelSize.toFixed(1)}" fill="${ink}" opacity="0.85">${escapeXml(label)}</text>
</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

export const renderHeroImage = async ({ seed, primary, accent }: { seed: number; primary: string; accent: string }): Promise<Buffer> => {
  const rand = prng(seed), paper: RGB = [248, 246, 242], [p, a] = [rgb(primary), rgb(accent)]
  const c0 = mix(p, paper, 0.72), c1 = mix(a, paper, 0.75)
  const angle = rand() * Math.PI * 2, [dx, dy] = [Math.cos(angle), Math.sin(angle)]
  const glows = [0, 1, 2].map((k) => ({ x: rand() * 1600, y: rand() * 900, r: 280 + rand() * 320, c: mix(k % 2 ? a : p, paper, 0.6) }))
  const canvas = new Canvas(1600, 900)
  paint([canvas], (x, y) => {
    let c = mix(c0, c1, smoothstep(0, 1, 0.5 + ((x - 800) * dx + (y - 450) * dy) / 1300))
    for (const g of glows) c = mix(c, g.c, 0.35 * Math.exp(-((x - g.x) ** 2 + (y - g.y) ** 2) / (g.r * g.r)))
    return [c]
  })
  // Dot size follows a slow interference wave, like a stippled shading study.
  const [fx, fy, ph] = [0.002 + rand() * 0.003, 0.002 + rand() * 0.003, rand() * 6.28]
  const ink = mix(p, paper, 0.25)
  scatter(1600, 900, 15, rand, (x, y) => {
    const f = 0.5 + 0.5 * Math.sin(x * fx + ph) * Math.cos(y * fy - ph + x * 0.0007)
    if (f > 0.18) canvas.dot(x, y, 0.6 + 2.8 * f * f, ink, 0.16 + 0.1 * f)
  })
  return canvas.image().jpeg(JPEG).toBuffer()
}

// Per Norwood stage (index 0 = stage 1): how far the temples and midline recede, crown bald-spot
// radius, and for stages 6–7 the half-width and back edge of the bald bridge over the top.
const NORWOOD = {
  temple: [0, 0.07, 0.2, 0.3, 0.4, 0.5, 0.58],
  mid: [0, 0.02, 0.05, 0.14, 0.3, 0.42, 0.55],
  crown: [0, 0, 0.1, 0.22, 0.33, 0.36, 0.42],
  bridge: [0, 0, 0, 0, 0, 0.42, 0.5],
  back: [0, 0, 0, 0, 0, 0.5, 0.62],
}

/** 0 = full hair, 1 = bare scalp, at head coordinates u (left −1 … right 1) and v (front −1 … back 1). */
const baldness = (stage: number, u: number, v: number) => {
  const k = stage - 1
  const [temple, mid, crown, bridge, back] = [NORWOOD.temple[k]!, NORWOOD.mid[k]!, NORWOOD.crown[k]!, NORWOOD.bridge[k]!, NORWOOD.back[k]!]
  const hairline = -0.8 + 0.22 * u * u + mid + (temple - mid) * Math.exp(-(((Math.abs(u) - 0.42) / 0.2) ** 2))
  let b = smoothstep(hairline + 0.05, hairline - 0.05, v)
  if (crown) b = Math.max(b, smoothstep(crown + 0.1, crown - 0.04, len(u, (v - SCALP_HEAD.crownV) * 1.1)))
  if (bridge) b = Math.max(b, smoothstep(bridge + 0.08, bridge - 0.08, Math.abs(u)) * smoothstep(back + 0.08, back - 0.08, v))
  return b
}

export const renderScalpPair = async ({ seed, norwoodStage, skinTone, scar = false }: { seed: number; norwoodStage: number; skinTone: number; scar?: boolean }): Promise<{ before: Buffer; after: Buffer }> => {
  if (!Number.isInteger(norwoodStage) || norwoodStage < 1 || norwoodStage > 7) throw new RangeError(`Norwood stage must be 1–7, got ${norwoodStage}`)
  const tone = skin(skinTone)
  const { width: W, height: H, cx, cy, rx, ry } = SCALP_HEAD
  const [bgTop, bgBottom]: RGB[] = [[168, 176, 185], [122, 132, 142]]
  const scarColour = mix(tone, [238, 196, 196], 0.55), gloss = mix(tone, [255, 255, 255], 0.55), shadowed = scale(tone, 0.7)
  const light = [-0.32, -0.5, 0.8].map((n) => n / Math.hypot(0.32, 0.5, 0.8)) as RGB
  const inEllipse = (x: number, y: number, ex: number, ey: number, erx: number, ery: number) =>
    Math.abs(x - ex) > erx + 1 || Math.abs(y - ey) > ery + 1 ? 0 : clamp(0.5 - (len((x - ex) / erx, (y - ey) / ery) - 1) * Math.min(erx, ery), 0, 1)
  /** How much of the pixel is the FUT strip scar: a thin arc across the back, tapering at the ends. */
  const scarAt = (u: number, v: number) => {
    if (!scar || Math.abs(u) > 0.58) return 0
    const half = 2.8 * smoothstep(0.58, 0.4, Math.abs(u))
    return clamp(half + 0.5 - Math.abs(v - (0.8 - 0.14 * u * u)) * ry, 0, 1)
  }

  const canvases = [new Canvas(W, H), new Canvas(W, H)] as const
  paint([...canvases], (x, y) => {
    const halo = smoothstep(1.3, 1.0, len((x - cx) / rx, (y - cy - 18) / ry))
    let c = scale(mix(bgTop, bgBottom, y / H), 1 - 0.22 * halo)
    const ear = inEllipse(x, y, cx - rx * 0.97, cy - 10, 28, 64) + inEllipse(x, y, cx + rx * 0.97, cy - 10, 28, 64)
    const nose = inEllipse(x, y, cx, cy - ry * 0.985, 36, 24)
    if (ear > 0) c = mix(c, shadowed, ear)
    if (nose > 0) c = mix(c, shadowed, nose)
    const cover = inEllipse(x, y, cx, cy, rx, ry)
    if (cover <= 0) return [c, c]
    const u = (x - cx) / rx, v = (y - cy) / ry
    const lambert = Math.max(0, light[0] * u + light[1] * v + light[2] * Math.sqrt(Math.max(0, 1 - u * u - v * v)))
    const lit = scale(tone, 0.5 + 0.55 * lambert), glint = lambert ** 24, onScar = scarAt(u, v)
    // Bare scalp shines; pigment-covered skin reads matte, and SMP only softens a scar.
    const before = mix(mix(lit, gloss, glint * (0.15 + 0.25 * baldness(norwoodStage, u, v))), scarColour, onScar)
    const after = mix(mix(lit, gloss, glint * 0.1), scarColour, onScar * 0.35)
    return [mix(c, before, cover), mix(c, after, cover)]
  })

  const onHead = (x: number, y: number) => len((x - cx) / rx, (y - cy) / ry) < 0.985
  // Short strands pointing away from the crown whorl, thinning as the stage advances.
  let rand = prng(seed * 2)
  const hair: RGB = [26, 19, 15], density = 0.95 - 0.06 * (norwoodStage - 1), wy = cy + SCALP_HEAD.crownV * ry
  scatter(W, H, 6, rand, (x, y) => {
    const u = (x - cx) / rx, v = (y - cy) / ry
    if (!onHead(x, y) || rand() > (1 - baldness(norwoodStage, u, v)) * (1 - scarAt(u, v)) * density) return
    const d = len(x - cx, y - wy) || 1, alpha = 0.7 + rand() * 0.2
    for (let k = 0; k < 3; k++) canvases[0].dot(x + ((x - cx) / d) * k * 1.6, y + ((y - wy) / d) * k * 1.6, 1.05, hair, alpha)
  })
  // The SMP "shaved" look: the whole natural hair zone, bald or not, gets the same tiny dots.
  rand = prng(seed * 2 + 1)
  const pigment: RGB = [22, 20, 22]
  scatter(W, H, 3.6, rand, (x, y) => {
    if (onHead(x, y) && rand() > baldness(1, (x - cx) / rx, (y - cy) / ry)) canvases[1].dot(x, y, 0.75 + rand() * 0.4, pigment, 0.6 + rand() * 0.25)
  })
  const encode = (canvas: Canvas) => canvas.image().composite([{ input: illustrationLabel, gravity: 'southeast' }]).jpeg(JPEG).toBuffer()
  const [before, after] = await Promise.all(canvases.map(encode))
  return { before: before!, after: after! }
}

/** Marks the scalp images so nobody mistakes them for clinical photos. */
const illustrationLabel = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="150" height="44">
<rect x="8" y="8" width="130" height="26" rx="6" fill="#000" fill-opacity="0.35"/>
<text x="73" y="26" text-anchor="middle" font-family="${FONT}" font-size="14" fill="#fff" fill-opacity="0.85">Illustration</text></svg>`)

export const renderPortrait = async ({ seed, skinTone }: { seed: number; skinTone: number }): Promise<Buffer> => {
  const rand = prng(seed), tone = skin(skinTone)
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!
  const hue = Math.floor(rand() * 360)
  const cloth = pick(['#1f3a5f', '#3d5a4c', '#5b4b6b', '#2f2f35', '#7a4b3a', '#44607a'])
  const hairColour = pick(['#1c1512', '#3b2a20', '#5e4330', '#2a2a2a', '#8a6a4a'])
  const style = pick(['stipple', 'short', 'long', 'bald'] as const)
  const hw = 122 + Math.round(rand() * 18)
  const [light, shadow] = [hex(mix(tone, [255, 255, 255], 0.18)), hex(scale(tone, 0.8))]
  // The SMP practitioners' own heads: a cap of tiny dots instead of drawn hair.
  let stipple = ''
  if (style === 'stipple')
    scatter(800, 330, 5, rand, (x, y) => {
      const edge = ((x - 400) / (hw + 30)) ** 2 + ((y - 200) / 95) ** 2
      if (rand() < smoothstep(1, 0.8, edge)) stipple += `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="1.2"/>`
    })
  const cap = `<ellipse cx="400" cy="200" rx="${hw + 30}" ry="95"/>`
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
<defs>
<linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},30%,88%)"/><stop offset="1" stop-color="hsl(${(hue + 35) % 360},34%,74%)"/></linearGradient>
<radialGradient id="skin" cx="0.4" cy="0.35" r="0.75"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${shadow}"/></radialGradient>
<clipPath id="head"><ellipse cx="400" cy="320" rx="${hw}" ry="165"/></clipPath>
</defs>
<rect width="800" height="800" fill="url(#bg)"/>
${style === 'long' ? `<path d="M ${400 - hw - 25} 330 Q ${400 - hw - 35} 560 ${400 - hw + 10} 600 L ${400 + hw - 10} 600 Q ${400 + hw + 35} 560 ${400 + hw + 25} 330 Z" fill="${hairColour}"/>` : ''}
<path d="M 345 420 L 345 560 Q 400 610 455 560 L 455 420 Z" fill="${shadow}"/>
<path d="M 80 800 C 90 640 220 572 400 572 C 580 572 710 640 720 800 Z" fill="${cloth}"/>
<path d="M 350 572 Q 400 640 450 572 Z" fill="${shadow}"/>
<ellipse cx="${400 - hw}" cy="335" rx="22" ry="40" fill="${shadow}"/><ellipse cx="${400 + hw}" cy="335" rx="22" ry="40" fill="${shadow}"/>
<ellipse cx="400" cy="320" rx="${hw}" ry="165" fill="url(#skin)"/>
<g clip-path="url(#head)" fill="${hairColour}">${style === 'short' || style === 'long' ? cap : stipple}</g>
</svg>`
  return sharp(Buffer.from(svg)).jpeg(JPEG).toBuffer()
}
