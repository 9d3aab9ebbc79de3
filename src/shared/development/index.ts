/** Situational leadership: competence + commitment → D1..D4 → S1..S4, suggestions, history. */
export {
  developmentLevel,
  LEVEL_GUIDE,
  STYLE_GUIDE,
  styleFor,
  type Commitment,
  type Competence,
  type LeadershipStyle,
  type LevelGuide,
  type StyleGuide
} from './levels'
export {
  commitmentFromActivity,
  suggestDevelopmentLevels,
  type DevelopmentSuggestion,
  type SuggestionInput
} from './suggest'
export {
  createAssessment,
  developmentHistory,
  latestBySkill,
  levelChanges,
  type LevelChange
} from './history'
