import type { StageValue } from '@/lib/prices/stages'

/*
 * The pictures a visitor chooses from, drawn here rather than copied from anyone's chart: a head
 * from above (from behind for scars), hair as a stipple of dots, and the skin that shows where hair
 * is lost. A picture is a few shapes over one dot pattern, so sixteen of them weigh little.
 */

type Shape = { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number; opacity?: number } | { kind: 'path'; d: string; opacity?: number } | { kind: 'scar'; d: string; width: number }

type Drawing = { view: 'top' | 'back'; bald: Shape[] }

const ellipse = (cx: number, cy: number, rx: number, ry: number, opacity?: number): Shape => ({ kind: 'ellipse', cx, cy, rx, ry, opacity })
const path = (d: string, opacity?: number): Shape => ({ kind: 'path', d, opacity })

// The head from above is an ellipse centred at (50, 56), 34 wide and 44 deep each way; the face is at the top.
/** Recession at both temples (the "M" of a receding hairline), deeper and wider with each stage. */
const temples = (rx: number, ry: number, apart = 15) => [ellipse(50 - apart, 14, rx, ry), ellipse(50 + apart, 14, rx, ry)]

const DRAWINGS: Record<StageValue, Drawing> = {
  'norwood-1': { view: 'top', bald: [] },
  'norwood-2': { view: 'top', bald: temples(8, 8) },
  'norwood-3': { view: 'top', bald: [...temples(11, 14), ellipse(50, 12, 8, 3)] },
  'norwood-4': { view: 'top', bald: [...temples(13, 17), ellipse(50, 14, 14, 8), ellipse(50, 72, 11, 10)] },
  'norwood-5': { view: 'top', bald: [...temples(15, 20, 13), ellipse(50, 20, 18, 13), ellipse(50, 70, 15, 14), ellipse(50, 47, 10, 9, 0.7)] },
  'norwood-6': { view: 'top', bald: [ellipse(50, 42, 24, 32)] },
  'norwood-7': { view: 'top', bald: [ellipse(50, 46, 28, 37)] },
  'ludwig-1': { view: 'top', bald: [ellipse(50, 48, 10, 24, 0.35)] },
  'ludwig-2': { view: 'top', bald: [ellipse(50, 48, 18, 28, 0.6)] },
  'ludwig-3': { view: 'top', bald: [ellipse(50, 48, 24, 32, 0.85)] },
  'scar-small': { view: 'back', bald: [{ kind: 'scar', d: 'M 44 66 L 56 66', width: 2 }] },
  'scar-medium': { view: 'back', bald: [{ kind: 'scar', d: 'M 32 66 Q 50 70 68 66', width: 2.5 }] },
  'scar-large': { view: 'back', bald: [{ kind: 'scar', d: 'M 17 58 Q 50 76 83 58', width: 3 }] },
  'alopecia-patchy': { view: 'top', bald: [ellipse(36, 40, 6, 5), ellipse(62, 66, 5, 5)] },
  'alopecia-extensive': { view: 'top', bald: [ellipse(40, 38, 14, 12), ellipse(60, 62, 16, 14), ellipse(32, 70, 8, 7), ellipse(66, 34, 7, 6)] },
  'alopecia-total': { view: 'top', bald: [ellipse(50, 56, 34, 44)] },
}

const HEAD = { cx: 50, cy: 56, rx: 34, ry: 44 }

/** One stage's picture; decorative, because the choice it sits in names the stage in words. */
export const StagePicture = ({ stage, size = 96 }: { stage: StageValue; size?: number }) => {
  const { view, bald } = DRAWINGS[stage]
  const hair = `hair-${stage}`
  const head = `head-${stage}`
  return (
    <svg viewBox="0 0 100 110" width={size} height={(size * 110) / 100} aria-hidden="true" focusable="false" className="stage-picture">
      <defs>
        <pattern id={hair} width="3" height="3" patternUnits="userSpaceOnUse" patternTransform="rotate(30)">
          <circle cx="1.5" cy="1.5" r="0.9" fill="#3b2f2a" />
        </pattern>
        <clipPath id={head}>
          <ellipse {...HEAD} />
        </clipPath>
      </defs>
      {/* Ears, and the nose for the view from above, so front and back read at a glance. */}
      <ellipse cx="15" cy="58" rx="4" ry="9" fill="#e6c3a5" />
      <ellipse cx="85" cy="58" rx="4" ry="9" fill="#e6c3a5" />
      {view === 'top' && <path d="M 45 13 L 50 4 L 55 13 Z" fill="#e6c3a5" />}
      <ellipse {...HEAD} fill="#e6c3a5" />
      <ellipse {...HEAD} fill={`url(#${hair})`} />
      <g clipPath={`url(#${head})`}>
        {bald.map((shape, index) =>
          shape.kind === 'ellipse' ? (
            <ellipse key={index} cx={shape.cx} cy={shape.cy} rx={shape.rx} ry={shape.ry} fill="#e6c3a5" fillOpacity={shape.opacity ?? 1} />
          ) : shape.kind === 'path' ? (
            <path key={index} d={shape.d} fill="#e6c3a5" fillOpacity={shape.opacity ?? 1} />
          ) : (
            <path key={index} d={shape.d} stroke="#f3dccb" strokeWidth={shape.width * 2} strokeLinecap="round" fill="none" />
          ),
        )}
      </g>
      <ellipse {...HEAD} fill="none" stroke="#7a6a60" strokeWidth="1" />
    </svg>
  )
}
