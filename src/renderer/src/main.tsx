import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import './styles.css'

// Ask the browser not to evict the workspace under storage pressure (a no-op where unsupported).
void navigator.storage?.persist?.().catch(() => false)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>
)
