// subset-font ships no types (and @types/subset-font lacks keepFeatures): what scripts/subset-fonts.ts uses.
declare module 'subset-font' {
  type Axis = number | { min: number; max: number; default?: number }
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; variationAxes?: Record<string, Axis>; keepFeatures?: string[] },
  ): Promise<Buffer>
}
