import { useEffect, useState, type RefObject } from 'react'

/**
 * The call's recording, played on this computer from the file the manager picks (a blob: URL:
 * the bytes are never stored or sent). Only the file's name is kept with the review.
 */
export function RecordingPlayer({
  playerRef,
  fileName,
  onPicked
}: {
  playerRef: RefObject<HTMLVideoElement | null>
  /** The recording picked last time, if any: it has to be picked again to play. */
  fileName: string | undefined
  onPicked: (fileName: string) => void
}) {
  const [url, setUrl] = useState<string>()
  const [problem, setProblem] = useState('')
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url])

  const pick = (file: File | undefined) => {
    if (!file) return
    if (
      !/^(audio|video)\//.test(file.type) &&
      !/\.(mp3|m4a|wav|ogg|webm|mp4|mov|mkv)$/i.test(file.name)
    )
      return setProblem(
        `“${file.name}” is not an audio or video file. Pick the call’s recording (e.g. .mp4, .m4a, .mp3, .webm).`
      )
    setProblem('')
    setUrl(URL.createObjectURL(file))
    onPicked(file.name)
  }

  return (
    <div className="recording-player">
      <label>
        Recording (audio or video, optional)
        <input
          type="file"
          accept="audio/*,video/*,.mp4,.m4a,.mp3,.wav,.webm,.mov"
          onChange={(e) => pick(e.target.files?.[0])}
        />
      </label>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {url ? (
        <video
          ref={playerRef}
          src={url}
          controls
          preload="metadata"
          aria-label="The call’s recording"
        >
          <track kind="captions" />
        </video>
      ) : (
        <p className="cell-note">
          {fileName
            ? `Last played: ${fileName}. Pick it again to play it here; click a line’s time to jump there.`
            : 'Pick the recording to play it here; then a line’s time jumps to that moment.'}
        </p>
      )}
    </div>
  )
}
