import { Component, type ReactNode } from 'react';
import { withTranslation, type WithTranslation } from 'react-i18next';

/** Keeps one broken view from blanking the window: says what failed and offers a way back. */
class Boundary extends Component<{ children: ReactNode; resetKey: string } & WithTranslation, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    // Navigating to another view gives it a fresh start.
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: undefined });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const { t } = this.props;
    return (
      <div role="alert" className="banner bad crash">
        <strong>{t('app.viewFailed')}</strong> {this.state.error.message}
        <div className="row">
          <button type="button" onClick={() => this.setState({ error: undefined })}>
            {t('app.tryAgain')}
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            {t('app.reload')}
          </button>
        </div>
      </div>
    );
  }
}

/** Keeps one broken view from blanking the window (translated). */
export const ErrorBoundary = withTranslation()(Boundary);
