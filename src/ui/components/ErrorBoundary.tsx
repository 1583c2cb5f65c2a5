// The last line of defence: a render exception anywhere in the pane shows what went wrong and a
// way out (reload the pane), instead of leaving it blank. Failures of Office calls never get
// here: useAssessment turns them into notices.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from './Button';
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from './MessageBar';
import type { Strings } from '../i18n';

export interface ErrorBoundaryProps {
  strings: Strings;
  /** Reloads the pane; tests pass their own (jsdom cannot navigate). */
  onReload?: () => void;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Only for whoever opens the pane's developer tools; nothing leaves the machine.
    console.error('QS Assess task pane:', error, info.componentStack);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const s = this.props.strings;
    const reload = this.props.onReload ?? (() => window.location.reload());
    return (
      <MessageBar intent="error" layout="multiline" role="alert" style={{ margin: 12 }}>
        <MessageBarBody>
          <MessageBarTitle>{s.crashed}</MessageBarTitle>
          <div>{s.detail + error.message}</div>
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={reload}>{s.reload}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
